import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

const errorOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      neo4j: { uri: undefined, database: 'neo4j', localPort: 7687, localHeap: '1g', localPagecacheMb: undefined },
      host: '127.0.0.1',
      port: 4000,
      logLevel: 'info',
      apiToken: undefined,
    });
    expect(config.dataDir).toBe(resolve('.data'));
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'civic',
      HOST: '0.0.0.0',
      PORT: '8080',
      CIVIC_GRAPH_DATA_DIR: '/var/lib/civic-graph',
      NEO4J_LOCAL_PORT: '7688',
      NEO4J_LOCAL_HEAP: '2G',
      NEO4J_LOCAL_PAGECACHE_MB: '2048',
      LOG_LEVEL: 'DEBUG',
      CIVIC_GRAPH_API_TOKEN: '0123456789abcdef0123',
    });
    expect(config).toEqual({
      neo4j: { uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'secret', database: 'civic', localPort: 7688, localHeap: '2g', localPagecacheMb: 2048 },
      host: '0.0.0.0',
      port: 8080,
      dataDir: '/var/lib/civic-graph',
      logLevel: 'debug',
      apiToken: '0123456789abcdef0123',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: ' ' })).toMatchObject({ port: 4000, neo4j: { uri: undefined } });
  });

  it('accepts bolt://, neo4j:// and their TLS variants', () => {
    for (const uri of ['bolt://localhost:7687', 'neo4j://db.example.org', 'bolt+s://db:7687', 'neo4j+ssc://db']) {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it('names the variable, what it expects and what it got', () => {
    expect(errorOf({ PORT: 'abc' })).toBe("PORT: expected an integer 1-65535, got 'abc'");
    expect(errorOf({ PORT: '70000' })).toBe("PORT: expected an integer 1-65535, got '70000'");
    expect(errorOf({ NEO4J_LOCAL_PORT: '0' })).toBe("NEO4J_LOCAL_PORT: expected an integer 1-65535, got '0'");
    expect(errorOf({ LOG_LEVEL: 'verbose' })).toBe("LOG_LEVEL: expected one of debug, info, warn, error, got 'verbose'");
    expect(errorOf({ NEO4J_URI: 'http://localhost:7474' })).toMatch(/^NEO4J_URI: expected a Neo4j URI .*, got 'http:\/\/localhost:7474'$/);
    expect(errorOf({ NEO4J_DATABASE: 'x' })).toMatch(/^NEO4J_DATABASE: expected a database name/);
    expect(errorOf({ NEO4J_LOCAL_HEAP: '2 GB' })).toBe("NEO4J_LOCAL_HEAP: expected a JVM heap size such as '1g' or '1536m', got '2 GB'");
    expect(errorOf({ NEO4J_LOCAL_PAGECACHE_MB: '8' })).toBe("NEO4J_LOCAL_PAGECACHE_MB: expected a whole number of MiB (16 or more), got '8'");
    expect(errorOf({ NEO4J_LOCAL_PAGECACHE_MB: '1.5g' })).toBe("NEO4J_LOCAL_PAGECACHE_MB: expected a whole number of MiB (16 or more), got '1.5g'");
  });

  it('lists every bad variable, one a line', () => {
    expect(errorOf({ PORT: 'x', LOG_LEVEL: 'loud' }).split('\n')).toEqual([
      "PORT: expected an integer 1-65535, got 'x'",
      "LOG_LEVEL: expected one of debug, info, warn, error, got 'loud'",
    ]);
  });

  it('does not echo secrets back', () => {
    const message = errorOf({ CIVIC_GRAPH_API_TOKEN: 'short-secret' });
    expect(message).toMatch(/^CIVIC_GRAPH_API_TOKEN: expected at least 16 characters/);
    expect(message).not.toContain('short-secret');
  });
});
