/* A binary that links libfuse3 (the Longhorn instance-manager case): prints the
 * library's version. Declared by hand so that no -dev package is needed. */
#include <stdio.h>

const char *fuse_pkgversion(void);

int main(void) {
  printf("libfuse %s\n", fuse_pkgversion());
  return 0;
}
