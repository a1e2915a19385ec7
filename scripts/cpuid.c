/*
 * Prints the CPU features onnxruntime's MLAS chooses its integer kernels by, as CPUID reports
 * them to this process (under QEMU: the emulated CPU model's). Built and run by
 * scripts/inference-no-vnni.sh.
 */
#include <cpuid.h>
#include <stdio.h>

int main(void) {
  unsigned a, b, c, d, max = __get_cpuid_max(0, 0);
  __cpuid(1, a, b, c, d);
  unsigned sse41 = (c >> 19) & 1, avx = (c >> 28) & 1, fma = (c >> 12) & 1;
  unsigned b7 = 0, c7 = 0, d7 = 0, a71 = 0, d71 = 0;
  if (max >= 7) {
    __cpuid_count(7, 0, a, b7, c7, d7);
    __cpuid_count(7, 1, a71, b, c, d71);
  }
  printf("sse4_1=%u avx=%u fma=%u avx2=%u avx512f=%u avx512bw=%u avx512_vnni=%u avx_vnni=%u avx_vnni_int8=%u amx_int8=%u\n",
         sse41, avx, fma, (b7 >> 5) & 1, (b7 >> 16) & 1, (b7 >> 30) & 1, (c7 >> 11) & 1, (a71 >> 4) & 1, (d71 >> 4) & 1, (d7 >> 25) & 1);
  return 0;
}
