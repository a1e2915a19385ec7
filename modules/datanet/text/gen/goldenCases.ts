/**
 * The golden vectors of the datanet text pipeline: fixed inputs, and the function that computes
 * every output from them. gen/generateGolden.ts writes inputs and outputs to golden.json;
 * golden.test.ts recomputes the outputs from the inputs stored there and compares.
 */
import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import {
  applyMask,
  bandKeys,
  DatanetTextError,
  decodeUtf8Strict,
  minhashSignature,
  redactPii,
  sequenceHash,
  sharedRuns,
  shingleJaccardAtLeast,
  TEXT_RULES_VERSION,
  tokenize,
  winnowFingerprints,
} from "../index.ts";
import { Rng } from "../../../../test/support/rng.ts";
import { randomIds } from "../../../../test/support/tokenIds.ts";

/** golden.json's random inputs were drawn from mulberry32: the stream is pinned with them. */
const goldenRng = (seed: number): Rng => new Rng(seed, "mulberry32");

export interface GoldenInputs {
  tokenize: Record<string, string>;
  redact: Record<string, string>;
  /** Hex bytes, decoded or rejected. */
  decode: Record<string, string>;
  sequences: Record<string, number[]>;
  runs: { candidate: number[]; earlier: number[]; minLen: number };
}

export const GOLDEN_INPUTS: GoldenInputs = {
  tokenize: {
    english: "The quick brown fox — it's 3.14% faster (really?) than \"Fox & Co.\"; e-mail: x@y.z!",
    accented_latin: "Crème brûlée, À la carte, São Paulo, Ærøskøbing, Øster, naïve café, Łódź, Dvořák",
    greek_cyrillic_case: "ΟΔΥΣΣΕΥΣ Ὀδυσσεύς ΣΊΣΥΦΟΣ σίσυφος; МОСКВА Москва ЁЛКА ёлка",
    full_width: "ＦＵＬＬ　ＷＩＤＴＨ：ｔｅｘｔ，１２３！ ｶﾀｶﾅ",
    ligatures_compat: "ﬁnance ﬂow ﬀ ﬃ Æsir straße STRASSE ẞ ǅemal ① ½ ™ ㎞ 𝐟𝐫𝐞𝐞 𝓜𝓸𝓷𝓮𝔂 ı İ",
    cjk: "我爱北京天安门。日本語のテキストです、カタカナ！한국어 텍스트입니다",
    scripts_without_spaces: "ภาษาไทยก่อน ພາສາລາວ ភាសាខ្មែរ",
    indic_and_marks: "हिन्दी भाषा, e\u0301 versus é",
    emoji: "ok 👍🏽 👨‍👩‍👧 🇫🇷 1️⃣ ❤️ done",
    digits_and_letters: "abc123 x2y 42nd 3rd-party 1,000,000 0x1F 2024-01-15T12:30Z",
    whitespace_controls: "tabs\there\nnew\r\nlines\u000bvt\u00a0nbsp\u2003em\u3000ideo zero\u200bwidth soft\u00adhyphen \ufeffbom",
    unpaired_surrogate: "a\ud800b",
  },
  redact: {
    mixed: "Contact Ana <ana.maria+ds@example.co.uk> or +1 (555) 123-4567; server 203.0.113.7:8080 and [2001:db8::2]. Thanks!",
    not_pii: "On 2024-01-15 12:30 run v1.2.3.4 with std::vector, x[::2], 12:30:45, id 1700000000, user@localhost.",
    phones: "Call 555-123-4567, (555) 123-4567, +44 20 7946 0958, +33 6 12 34 56 78 or 06 12 34 56 78.",
    ips: "10.0.0.1 192.168.001.010 fe80::1ff:fe23:4567:890a ::ffff:192.0.2.128 1:2:3:4:5:6:7:8 ::1 256.1.1.1",
  },
  decode: {
    valid_multilingual: bytesToHex(new TextEncoder().encode("\ufeffhé € 𝄞 中\t\r\n")),
    overlong: "61c0af",
    surrogate: "6162eda080",
    above_max: "f4908080",
    nul: "610062",
    c1_control: "c285",
    truncated: "e282",
    stray_continuation: "80",
  },
  sequences: {
    fixed_300: Array.from({ length: 300 }, (_, i) => 3 + ((i * 7_919) % 1_000)),
    short_3: [5, 6, 7],
    empty: [],
    random_200: Array.from(randomIds(goldenRng(20_240_601), 200, 50)),
    near_300: Array.from({ length: 300 }, (_, i) => (i === 150 ? 999_999 : 3 + ((i * 7_919) % 1_000))),
  },
  runs: ((): GoldenInputs["runs"] => {
    const r = goldenRng(77);
    const earlier = randomIds(r, 300, 100_000);
    const candidate = randomIds(r, 300, 100_000);
    candidate.set(earlier.subarray(40, 80), 10);
    candidate.set(earlier.subarray(100, 131), 150);
    candidate.set(earlier.subarray(200, 240), 200);
    candidate.set(earlier.subarray(0, 32), 240);
    candidate[205] = 1;
    return { candidate: Array.from(candidate), earlier: Array.from(earlier), minLen: 32 };
  })(),
};

function decodeResult(hex: string): { text: string } | { error: string } {
  try {
    return { text: decodeUtf8Strict(hexToBytes(hex)) };
  } catch (e) {
    if (e instanceof DatanetTextError) return { error: e.message };
    throw e;
  }
}

/** Every golden output, computed from `inputs` with the current code. */
export function computeGolden(inputs: GoldenInputs): Record<string, unknown> {
  const ids = (k: string): Int32Array => {
    const seq = inputs.sequences[k];
    if (seq === undefined) throw new Error(`golden inputs: no sequence named ${JSON.stringify(k)}`);
    return Int32Array.from(seq);
  };
  const seqOut = Object.fromEntries(
    Object.keys(inputs.sequences).map((k) => {
      const sig = minhashSignature(ids(k));
      return [k, { sequenceHash: bytesToHex(sequenceHash(ids(k))), minhash: Array.from(sig), bandKeys: bandKeys(sig).map(bytesToHex), winnow: winnowFingerprints(ids(k)) }];
    }),
  );
  const candidate = Int32Array.from(inputs.runs.candidate);
  const runs = sharedRuns(candidate, Int32Array.from(inputs.runs.earlier), inputs.runs.minLen);
  const mask = applyMask(candidate, runs);
  return {
    textRulesVersion: TEXT_RULES_VERSION,
    tokenize: Object.fromEntries(Object.entries(inputs.tokenize).map(([k, v]) => [k, tokenize(v)])),
    redact: Object.fromEntries(Object.entries(inputs.redact).map(([k, v]) => [k, redactPii(v)])),
    decode: Object.fromEntries(Object.entries(inputs.decode).map(([k, v]) => [k, decodeResult(v)])),
    sequences: seqOut,
    jaccard: {
      fixed_vs_near_4_5: shingleJaccardAtLeast(ids("fixed_300"), ids("near_300"), 4, 5),
      fixed_vs_near_99_100: shingleJaccardAtLeast(ids("fixed_300"), ids("near_300"), 99, 100),
      fixed_vs_random_1_100: shingleJaccardAtLeast(ids("fixed_300"), ids("random_200"), 1, 100),
      empty_vs_empty_1_1: shingleJaccardAtLeast(ids("empty"), ids("empty"), 1, 1),
    },
    runs: { runs, maskedTokens: mask.maskedTokens, masked: Array.from(mask.masked) },
  };
}
