/**
 * Python distributions imported under another name: a traceback names the module (`module 'PIL.Image' has no
 * attribute 'ANTIALIAS'`, `No module named 'yaml'`), the package list the distribution. Only names no other word
 * shares: "git" (GitPython), "gi" (PyGObject) or "crypto" (pycryptodome) would match far more than their package.
 * Data and a lookup, for the token index and the token matcher.
 */
const PYTHON_IMPORT_NAMES: Record<string, string> = {
  pillow: 'pil',
  'pillow-simd': 'pil',
  pyyaml: 'yaml',
  'scikit-learn': 'sklearn',
  'scikit-image': 'skimage',
  beautifulsoup4: 'bs4',
  'opencv-python': 'cv2',
  'opencv-python-headless': 'cv2',
  'opencv-contrib-python': 'cv2',
  'opencv-contrib-python-headless': 'cv2',
  'python-dateutil': 'dateutil',
  pyjwt: 'jwt',
  pyserial: 'serial',
  pyzmq: 'zmq',
  pymupdf: 'fitz',
  mysqlclient: 'mysqldb',
  grpcio: 'grpc',
  'absl-py': 'absl',
  'websocket-client': 'websocket',
  pysocks: 'socks',
  // EmPy, the templating package ROS and PX4 generate code with: "module 'em' has no attribute 'RAW_OPT'".
  empy: 'em',
};

/** The module a Python distribution is imported as, when it is not the distribution's own name. */
function pythonImportName(name: string): string | undefined {
  return PYTHON_IMPORT_NAMES[name.toLowerCase()];
}

/**
 * The top-level modules a package may ship, lower case: pip's Pillow is "pil", Debian's python3-serial and
 * python-yaml "serial" and "yaml" (and what pip's pyserial and PyYAML are imported as: the same modules).
 */
export function pythonModulesOf(name: string): string[] {
  const lower = name.toLowerCase().replace(/:[a-z0-9]+$/, '');
  const distribution = /^python3?-(.+)$/.exec(lower)?.[1] ?? lower;
  const modules = new Set([distribution.replace(/[-.]/g, '_')]);
  const imported = pythonImportName(distribution);
  if (imported) modules.add(imported);
  return [...modules];
}
