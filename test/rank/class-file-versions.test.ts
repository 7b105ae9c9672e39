/** The JVM naming the release that refused a class: a Java change within one release cannot explain it. */
import { describe, expect, it } from 'vitest';
import { classFileFindings } from '../../src/rank/class-file-versions.js';
import { parseBuildLog } from '../../src/rank/log.js';
import { scanMentions } from '../../src/rank/mentions.js';
import { toolChange } from '../helpers/differences.js';

// state-of-the-art/qt6-docker#5: sdkmanager 11.0 is built for Java 17; the image runs Java 11.
const LOG = [
  '36.85 Error: LinkageError occurred while loading main class com.android.sdklib.tool.sdkmanager.SdkManagerCli',
  '36.85 \tjava.lang.UnsupportedClassVersionError: com/android/sdklib/tool/sdkmanager/SdkManagerCli has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 55.0',
].join('\n');
const findings = (a: string, b: string) => classFileFindings(toolChange('java', a, b), scanMentions(parseBuildLog(LOG)));

describe('class-file versions the JVM names', () => {
  it('a patch step within Java 11 is refuted', () => {
    expect(findings('11.0.22', '11.0.23')).toMatchObject([{ weight: 0, refutes: true }]);
  });
  it("B's move to the release that ran is named", () => {
    expect(findings('17.0.10', '11.0.23')).toMatchObject([{ weight: 0.9 }]);
    expect(findings('1.8.0_242', '11.0.2')[0]?.why).toMatch(/Java 11, B's java/);
  });
  it('a change to some other release says nothing', () => {
    expect(findings('8', '17.0.1')).toEqual([]);
  });
});
