// A deliberate bug per sanitizer, run by the sanitizer build's self-test: if a report did not
// fail the process (say, a sanitizer flag dropped from the build or recovery turned on), the
// sanitizer suite would pass while catching nothing.
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 2)
    return 2;
  volatile int index = 4; // volatile: the compiler must not prove the bug away
  if (std::strcmp(argv[1], "address") == 0) {
    std::vector<int> values(4, 1);
    const int* data = values.data();
    std::printf("%d\n", data[index]); // heap-buffer-overflow
  } else if (std::strcmp(argv[1], "undefined") == 0) {
    int big = std::numeric_limits<int>::max() - 2 + index;
    std::printf("%d\n", big); // signed integer overflow
  } else {
    return 2;
  }
  return 0; // reached only when the sanitizer did not stop the process
}
