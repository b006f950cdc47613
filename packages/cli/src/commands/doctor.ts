import type { Command } from 'commander';
import { checkLanguages, formatDoctorReport } from '../doctor';
import { readConfig } from '../usage';

const doctor = async (): Promise<void> => {
  const config = await readConfig();
  const [
    { createSandboxJudge, detectIsolation, detectToolchains },
    { judgeStatusOf },
    { describeConfig },
  ] = await Promise.all([
    import('@onsite/judge'),
    import('@onsite/server/server-judge'),
    import('@onsite/server/config'),
  ]);
  const isolation = detectIsolation();
  const toolchains = detectToolchains();
  // No minimum here: the doctor reports whether each language runs at all, and the tier separately.
  const judge = createSandboxJudge({ isolation, toolchains });
  const languages = await checkLanguages(judge, toolchains).finally(() => judge.close());
  const { warning } = judgeStatusOf(isolation.tier);
  process.stdout.write(
    `${formatDoctorReport({
      languages,
      isolation: {
        tier: isolation.tier,
        seccomp: isolation.seccomp,
        notes: isolation.notes,
        ...(warning === undefined ? {} : { warning }),
      },
      node: process.version,
      dataDir: config.dataDir,
      database: String(describeConfig(config).database),
      judgeMode: config.judge.mode,
      minIsolation: config.judge.minIsolation,
    })}\n`,
  );
};

export const addDoctorCommand = (program: Command): void => {
  program
    .command('doctor')
    .description(
      'check each language in the sandbox, the isolation tier, Node, the data dir and the database',
    )
    .action(doctor);
};
