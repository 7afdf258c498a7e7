/**
 * Who takes part in a fact, in which role: a visit's leader, its members (people and
 * organisations, named or only described) and its hosts; an agreement's signatories, each for the
 * party it signs for (GraphQL `representing`), and its witnesses; and from the other end, the roles
 * an entity plays (Entity.participations). Each fact kind takes only the roles that fit it.
 * Fixtures: tests/fixtures-model/participants, tests/fixtures-model/participants-invalid.
 */
import { describe, expect, it } from 'vitest';
import { clientOf, issue, issuesOf, keys, loadFixture, where } from './helpers.js';

const store = loadFixture('participants');
const query = clientOf(store);
const VISIT = 'aalvik-puerto-lirio-2019-11';
const FRIENDSHIP = 'aalvik-puerto-lirio-friendship';

const PARTICIPATION = `role participant { __typename key } description representing { __typename key } evidence { quote }`;

describe('a visit\'s participants', () => {
  it('the leader is the visitor; the delegation names its leader and members', async () => {
    const { visit } = await query(`query ($key: String!) { visit(key: $key) {
      visitors { __typename key }
      delegation { description leaders { participant { key } } members { participant { key } description } companies { key } }
    } }`, { key: VISIT });
    expect(visit.visitors).toEqual([{ __typename: 'Mayor', key: 'lars-holm' }]);
    expect(visit.delegation).toEqual({
      description: 'a delegation',
      leaders: [{ participant: { key: 'lars-holm' } }],
      members: [
        { participant: { key: 'anne-friis' }, description: null },
        { participant: { key: 'havgaard-pumps' }, description: null },
        { participant: { key: 'aalvik-technical-college' }, description: null },
        { participant: null, description: 'seven business leaders' },
      ],
      companies: [{ key: 'havgaard-pumps' }],
    });
  });

  it('members are people and organisations, one participation each, and an unnamed group with its description', async () => {
    const { visit } = await query(`query ($key: String!) { visit(key: $key) { participants(roles: [MEMBER]) { ${PARTICIPATION} } } }`, { key: VISIT });
    const together = 'The delegation included councillor Anne Friis, the pump maker Havgaard Pumps, Aalvik Technical College';
    expect(visit.participants).toEqual([
      { role: 'MEMBER', participant: { __typename: 'Official', key: 'anne-friis' }, description: null, representing: null, evidence: [{ quote: together }] },
      { role: 'MEMBER', participant: { __typename: 'Company', key: 'havgaard-pumps' }, description: null, representing: null, evidence: [{ quote: together }] },
      { role: 'MEMBER', participant: { __typename: 'Institution', key: 'aalvik-technical-college' }, description: null, representing: null, evidence: [{ quote: together }] },
      { role: 'MEMBER', participant: null, description: 'seven business leaders', representing: null, evidence: [{ quote: 'and seven business leaders' }] },
    ]);
  });

  it('two hosts named together are two participations', async () => {
    const { visit } = await query(`query ($key: String!) { visit(key: $key) { participants(roles: [HOST]) { role participant { key } } } }`, { key: VISIT });
    expect(visit.participants).toEqual([
      { role: 'HOST', participant: { key: 'carmen-rojas' } },
      { role: 'HOST', participant: { key: 'diego-soto' } },
    ]);
  });

  it('all roles when none is asked for, in the article\'s order', async () => {
    const { visit } = await query(`query ($key: String!) { visit(key: $key) { participants { role } } }`, { key: VISIT });
    expect(visit.participants.map((p: { role: string }) => p.role)).toEqual(['LEADER', 'MEMBER', 'MEMBER', 'MEMBER', 'MEMBER', 'HOST', 'HOST']);
  });

  it('the store splits a row naming several into one participation each', () => {
    const visit = store.get('Visit', VISIT)!;
    expect(store.participantsOf(visit).map((p) => [p.role, p.who ?? p.description])).toEqual([
      ['leader', 'person:lars-holm'],
      ['member', 'person:anne-friis'],
      ['member', 'organisation:havgaard-pumps'],
      ['member', 'organisation:aalvik-technical-college'],
      ['member', 'seven business leaders'],
      ['host', 'person:carmen-rojas'],
      ['host', 'person:diego-soto'],
    ]);
  });
});

describe('an agreement\'s signatories and witnesses', () => {
  it('each signatory represents the party it signs for', async () => {
    const { agreement } = await query(`query ($key: String!) { agreement(key: $key) { signatories { ${PARTICIPATION} } } }`, { key: FRIENDSHIP });
    const quote = 'Holm and Rojas signed a friendship agreement for their two cities';
    expect(agreement.signatories).toEqual([
      { role: 'SIGNATORY', participant: { __typename: 'Mayor', key: 'lars-holm' }, description: null, representing: { __typename: 'City', key: 'aalvik' }, evidence: [{ quote }] },
      { role: 'SIGNATORY', participant: { __typename: 'Mayor', key: 'carmen-rojas' }, description: null, representing: { __typename: 'City', key: 'puerto-lirio' }, evidence: [{ quote }] },
    ]);
  });

  it('witnesses: one named, one only described', async () => {
    const { agreement } = await query(`query ($key: String!) { agreement(key: $key) {
      witnesses { participant { key } description representing { key } }
      participants(roles: [WITNESS]) { participant { key } description }
    } }`, { key: FRIENDSHIP });
    expect(agreement.witnesses).toEqual([
      { participant: { key: 'henrik-dahl' }, description: null, representing: null },
      { participant: null, description: 'representatives of both chambers of commerce', representing: null },
    ]);
    expect(agreement.participants).toEqual(agreement.witnesses.map(({ participant, description }: { participant: unknown; description: unknown }) => ({ participant, description })));
  });

  it('agreements(filter: { participant }) finds what someone signed or witnessed', async () => {
    const { signed, witnessed } = await query(`{
      signed: agreements(filter: { participant: "person:carmen-rojas" }, orderBy: { field: DATE, direction: ASC }) { nodes { key } }
      witnessed: agreements(filter: { participant: "person:henrik-dahl" }) { nodes { key } }
    }`);
    expect(keys(signed.nodes)).toEqual(['aalvik-puerto-lirio-port-mou-2016', FRIENDSHIP]);
    expect(keys(witnessed.nodes)).toEqual([FRIENDSHIP]);
  });
});

describe('the roles an entity plays (Entity.participations)', () => {
  const participations = async (key: string, roles?: string[]) =>
    (
      await query(`query ($key: String!, $roles: [ParticipantRole!]) { person(key: $key) {
        participations(roles: $roles) { totalCount nodes { role fact { __typename key } representing { key } } }
      } }`, { key, roles })
    ).person.participations;

  /** [role, fact key] of each participation, in the order served. */
  const pairs = (nodes: { role: string; fact: { key: string } }[]) => nodes.map((n) => [n.role, n.fact.key]);
  /** The same, sorted: for checks of which participations there are, whatever their order. */
  const sortedPairs = (nodes: { role: string; fact: { key: string } }[]) => pairs(nodes).sort((a, b) => a.join().localeCompare(b.join()));

  it('only the roles asked for: what the mayor signed, and for whom', async () => {
    const { nodes } = await participations('lars-holm', ['SIGNATORY']);
    expect(nodes).toHaveLength(3);
    expect(nodes).toEqual(
      expect.arrayContaining([
        { role: 'SIGNATORY', fact: { __typename: 'Agreement', key: 'aalvik-puerto-lirio-port-mou-2016' }, representing: { key: 'aalvik' } },
        { role: 'SIGNATORY', fact: { __typename: 'Agreement', key: FRIENDSHIP }, representing: { key: 'aalvik' } },
        { role: 'SIGNATORY', fact: { __typename: 'Event', key: 'friendship-signing-ceremony-2019-11' }, representing: { key: 'aalvik' } },
      ]),
    );
  });

  it('every role when none is asked for', async () => {
    const all = await participations('lars-holm');
    expect(all.totalCount).toBe(4);
    expect(sortedPairs(all.nodes)).toEqual([
      ['LEADER', VISIT],
      ['SIGNATORY', FRIENDSHIP],
      ['SIGNATORY', 'aalvik-puerto-lirio-port-mou-2016'],
      ['SIGNATORY', 'friendship-signing-ceremony-2019-11'],
    ]);
  });

  // Known src/ bug (reported): Entity.participations is documented "Oldest fact first", but
  // Store.indexReferences (src/corpus/store.ts) fills the index kind by kind (visits, then events,
  // then agreements), so the 2016 memorandum comes after the 2019 visit. Remove .fails once fixed.
  it('oldest fact first across kinds of fact (facts of the same day by key)', async () => {
    expect(pairs((await participations('lars-holm')).nodes)).toEqual([
      ['SIGNATORY', 'aalvik-puerto-lirio-port-mou-2016'],
      ['LEADER', VISIT],
      ['SIGNATORY', FRIENDSHIP],
      ['SIGNATORY', 'friendship-signing-ceremony-2019-11'],
    ]);
  });

  it('a witness, a host, and an organisation\'s membership and organising', async () => {
    expect(sortedPairs((await participations('henrik-dahl')).nodes)).toEqual([
      ['WITNESS', FRIENDSHIP],
      ['WITNESS', 'friendship-signing-ceremony-2019-11'],
    ]);
    expect((await participations('diego-soto', ['HOST'])).nodes).toEqual([{ role: 'HOST', fact: { __typename: 'Visit', key: VISIT }, representing: null }]);
    const { pumps, municipality } = await query(`{
      pumps: organisation(key: "havgaard-pumps") { participations { nodes { role fact { key } } } }
      municipality: organisation(key: "municipality-of-puerto-lirio") { participations(roles: [ORGANISER]) { nodes { role fact { key } } } }
    }`);
    expect(pumps.participations.nodes).toEqual([{ role: 'MEMBER', fact: { key: VISIT } }]);
    expect(municipality.participations.nodes).toEqual([{ role: 'ORGANISER', fact: { key: 'friendship-signing-ceremony-2019-11' } }]);
  });
});

describe('invalid participations', () => {
  const issues = issuesOf('participants-invalid');
  const INVALID = [
    [
      'a witness on a visit',
      'fixture-participants-witness-on-visit.json',
      '$.visits[0].participants[0].role',
      'a visit takes participants in the roles leader, visitor, member, host, organiser, participant, not "witness"',
    ],
    ['a leader on an agreement', 'fixture-participants-leader-on-agreement.json', '$.agreements[0].participants[0].role', 'takes participants in the roles signatory, witness, not "leader"'],
    [
      'a visitor on an event',
      'fixture-participants-visitor-on-event.json',
      '$.events[0].participants[0].role',
      'takes participants in the roles leader, host, organiser, participant, speaker, signatory, witness, not "visitor"',
    ],
    [
      'a participation with neither "who" nor "description"',
      'fixture-participants-nobody.json',
      '$.visits[0].participants[0]',
      'a participation needs "who" (keys of those named) or "description" (the article\'s words for them)',
    ],
    ['a participant no article declares', 'fixture-participants-undeclared-person.json', '$.visits[0].participants[0].who[0]', 'unknown Person "jens-lund": no article in the corpus declares it'],
    ['"for" a party that cannot be one (a person)', 'fixture-participants-for-a-person.json', '$.agreements[0].participants[0].for', 'must be "type:key" with type one of city, region, country, organisation'],
  ] as const;

  it.each(INVALID)('%s: %s %s', (_, file, path, message) => {
    expect(issues).toContainEqual(issue(file, path, message));
  });

  it('nothing else is reported', () => {
    expect(where(issues)).toEqual(where(INVALID.map(([, file, path]) => ({ file, path }))));
  });

  // Known src/ bug (reported): src/corpus/format/facts.ts rolesAllowed writes `a ${fact}`, giving
  // "a agreement takes ..." and "a event takes ...". Remove .fails once the message reads well.
  it('the message names the kind of fact with the right article: "an agreement", "an event"', () => {
    expect(issues).toContainEqual(issue('fixture-participants-leader-on-agreement.json', '$.agreements[0].participants[0].role', 'an agreement takes participants'));
    expect(issues).toContainEqual(issue('fixture-participants-visitor-on-event.json', '$.events[0].participants[0].role', 'an event takes participants'));
  });
});
