import type { ModelRunner } from "./expected.ts";
import { InterpreterRunner } from "./onnx/interpreter.ts";

/** The default runner: the pure-TypeScript integer interpreter (no native code, same bits as onnxruntime). */
export function interpreterRunner(): ModelRunner {
  return new InterpreterRunner();
}
