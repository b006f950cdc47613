import { availableParallelism, hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEFAULT_WEB_DIR,
  defaultJudgeConcurrency,
  describeConfig,
  loadConfig,
  maskSecret,
} from './config';

const problemsOf = (env: Record<string, string>): readonly string[] => {
  try {
    loadConfig(env, '/srv/onsite');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  it('defaults to 127.0.0.1:4321, ./.onsite, SQLite and info logs', () => {
    expect(loadConfig({}, '/srv/onsite')).toEqual({
      port: 4321,
      host: '127.0.0.1',
      dataDir: '/srv/onsite/.onsite',
      databaseUrl: undefined,
      logLevel: 'info',
      webDir: DEFAULT_WEB_DIR,
      instanceId: `${hostname()}:4321`,
      allowedHosts: new Set(['localhost', '127.0.0.1', '[::1]']),
      judge: {
        minIsolation: 'none',
        mode: 'in-process',
        concurrency: defaultJudgeConcurrency(availableParallelism()),
        allowSpecCode: false,
      },
    });
  });

  it('answers the loopback names and HOST, plus ONSITE_ALLOWED_HOSTS; * answers any', () => {
    expect(
      loadConfig({ HOST: '192.168.1.20', ONSITE_ALLOWED_HOSTS: 'Onsite.Example.com, ::1' }, '/x')
        .allowedHosts,
    ).toEqual(new Set(['localhost', '127.0.0.1', '[::1]', '192.168.1.20', 'onsite.example.com']));
    expect(loadConfig({ ONSITE_ALLOWED_HOSTS: '*' }, '/x').allowedHosts).toBe('any');
    // Bound to every interface: reachable by this machine's name and addresses, not by any name.
    const wildcard = loadConfig({ HOST: '0.0.0.0' }, '/x').allowedHosts;
    expect(wildcard).not.toBe('any');
    expect(wildcard === 'any' ? [] : [...wildcard]).toEqual(
      expect.arrayContaining([hostname().toLowerCase(), '127.0.0.1']),
    );
    expect(problemsOf({ ONSITE_ALLOWED_HOSTS: 'good.example, bad/host' })).toEqual([
      'ONSITE_ALLOWED_HOSTS must be host names separated by commas (e.g. onsite.example.com,10.0.0.5), or *',
    ]);
  });

  it('names this server instance host:port unless ONSITE_INSTANCE_ID says otherwise', () => {
    expect(loadConfig({ PORT: '8080' }, '/x').instanceId).toBe(`${hostname()}:8080`);
    expect(loadConfig({ ONSITE_INSTANCE_ID: 'web-2' }, '/x').instanceId).toBe('web-2');
    expect(problemsOf({ ONSITE_INSTANCE_ID: 'x'.repeat(201) })).toEqual([
      'ONSITE_INSTANCE_ID must be at most 200 characters',
    ]);
  });

  it('reads the judge settings, and refuses the queue mode without a database URL', () => {
    expect(
      loadConfig(
        {
          ONSITE_JUDGE_MIN_ISOLATION: 'Namespaces',
          ONSITE_JUDGE_MODE: 'queue',
          DATABASE_URL: 'postgres://u:p@db/onsite',
          ONSITE_ALLOW_SPEC_CODE: ' True ',
          ONSITE_JUDGE_CONCURRENCY: '3',
        },
        '/x',
      ).judge,
    ).toEqual({
      minIsolation: 'namespaces',
      mode: 'queue',
      concurrency: 3,
      allowSpecCode: true,
    });
    expect(loadConfig({ ONSITE_ALLOW_SPEC_CODE: 'no' }, '/x').judge.allowSpecCode).toBe(false);
    expect(problemsOf({ ONSITE_ALLOW_SPEC_CODE: 'sometimes' })).toEqual([
      'ONSITE_ALLOW_SPEC_CODE must be true or false',
    ]);
    expect(problemsOf({ ONSITE_JUDGE_CONCURRENCY: '0' })).toEqual([
      'ONSITE_JUDGE_CONCURRENCY must be a whole number between 1 and 64',
    ]);
    expect(problemsOf({ ONSITE_JUDGE_CONCURRENCY: 'lots' })).toEqual([
      'ONSITE_JUDGE_CONCURRENCY must be a whole number between 1 and 64',
    ]);
    expect(problemsOf({ ONSITE_JUDGE_MODE: 'queue' })).toEqual([
      'ONSITE_JUDGE_MODE=queue needs DATABASE_URL: the judge queue lives in PostgreSQL',
    ]);
    expect(
      problemsOf({
        ONSITE_JUDGE_MIN_ISOLATION: 'docker',
        ONSITE_JUDGE_MODE: 'cloud',
      }),
    ).toEqual([
      'ONSITE_JUDGE_MIN_ISOLATION must be one of namespaces, rlimits, none',
      'ONSITE_JUDGE_MODE must be one of in-process, queue',
    ]);
  });

  it('keeps one core free to serve requests by default, and judges on one core anyway', () => {
    expect(defaultJudgeConcurrency(1)).toBe(1);
    expect(defaultJudgeConcurrency(2)).toBe(1);
    expect(defaultJudgeConcurrency(8)).toBe(7);
    expect(loadConfig({}, '/x').judge.concurrency).toBe(
      defaultJudgeConcurrency(availableParallelism()),
    );
  });

  it('reads every variable and resolves relative paths against the working directory', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        ONSITE_DATA_DIR: 'data',
        DATABASE_URL: 'postgres://u:p@db:5432/onsite',
        LOG_LEVEL: 'DEBUG',
        ONSITE_WEB_DIR: 'web',
      },
      '/srv/onsite',
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: path.resolve('/srv/onsite/data'),
      logLevel: 'debug',
      webDir: '/srv/onsite/web',
    });
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/onsite');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' }, '/x')).toMatchObject({
      port: 4321,
      databaseUrl: undefined,
    });
  });

  it('reports every problem at once, and never echoes the database URL', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://root:hunter2@db/onsite',
    });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain('PORT must be a whole number');
    expect(problems.join('\n')).toContain('LOG_LEVEL must be one of');
    expect(problems.join('\n')).toContain('DATABASE_URL must be a PostgreSQL URL');
    expect(problems.join('\n')).not.toContain('hunter2');
    expect(problemsOf({ PORT: '70000' })).toEqual([
      'PORT must be a whole number between 0 and 65535',
    ]);
  });
});

describe('masking secrets', () => {
  it('hides the password of the database URL when the config is described', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://onsite:s3cret@db:5432/onsite' }, '/x');
    expect(describeConfig(config).database).toBe('postgres://onsite:*****@db:5432/onsite');
    expect(JSON.stringify(describeConfig(config))).not.toContain('s3cret');
    expect(maskSecret('not a url')).toBe('*****');
  });
});
