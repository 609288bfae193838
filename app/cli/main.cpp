#include "cli/Cli.h"

#include <iostream>

int main(int argc, char** argv) {
  return pgd::runCli(argc, argv, std::cout, std::cerr);
}
