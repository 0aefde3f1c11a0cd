import { ChangeFollower } from '../../src/engine/changes/change-follower';
import { localCommits, type ChangeNotice } from '../../src/engine/changes/change-log';

/** A log whose head the test sets; it holds no change records (the follower's delivery is not under test here). */
function fakeLog() {
  const log = { head: undefined as { epoch: string; version: number } | undefined, heads: 0 };
  const database = {
    read: async (cypher: string) => {
      if (!cypher.includes('RETURN log.epoch')) return [];
      log.heads += 1;
      return log.head ? [log.head] : [];
    },
  };
  return { log, database };
}

const notice = (epoch: string, version: number): ChangeNotice => ({
  id: String(version), epoch, version, at: '', by: 'test', operation: 'createEntity', summary: '', entityIds: [], entityTypes: [], relationTypes: [], sourceIds: [], revertOf: null,
});

describe('the change follower, after this process commits', () => {
  let follower: ChangeFollower | undefined;
  afterEach(() => follower?.stop());

  it('knows a commit to the log it follows at once', async () => {
    const { log, database } = fakeLog();
    log.head = { epoch: 'e1', version: 4 };
    follower = new ChangeFollower(database as never, 60_000);
    await follower.start();
    log.head = { epoch: 'e1', version: 5 };
    localCommits.emit('committed', notice('e1', 5));
    expect(follower.version).toEqual({ epoch: 'e1', version: 5 });
    await follower.ownCommitsKnown();
    expect(follower.version).toEqual({ epoch: 'e1', version: 5 });
  });

  it('knows the first commit of a new log once ownCommitsKnown resolves (the look it started has read the head)', async () => {
    const { log, database } = fakeLog();
    follower = new ChangeFollower(database as never, 60_000);
    await follower.start();
    expect(follower.version).toEqual({ epoch: 'none', version: 0 });
    log.head = { epoch: 'e2', version: 1 };
    localCommits.emit('committed', notice('e2', 1));
    expect(follower.version).toEqual({ epoch: 'none', version: 0 });
    await follower.ownCommitsKnown();
    expect(follower.version).toEqual({ epoch: 'e2', version: 1 });
  });
});
