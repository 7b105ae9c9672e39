/** The images the seeds run; scripts/ci/build-seed-images.sh builds the envdiff-seed ones. */

/** Built by scripts/ci/build-test-images.sh. */
export const DEBIAN_IMAGE = 'envdiff-test/debian:bookworm';
export const ARM64_IMAGE = 'envdiff-seed/busybox:arm64';
export const FUSE_LIB_IMAGE = 'envdiff-seed/fuse3:lib';
export const FUSE_LIB64_IMAGE = 'envdiff-seed/fuse3:lib64';
