/** One participant of a visit, event or agreement in one role. */
import type { AgreementRecord, EventRecord, LocatedEvidence, ParticipationRow, VisitRecord } from './model.js';

/**
 * A row of a fact's participants, once per entity it names (or once, for a row that only describes
 * them). A class holding the row, rather than a copy of its fields: the store keeps one for every
 * role every entity plays, and instances of one class share one shape.
 */
export class Participation {
  constructor(
    readonly fact: VisitRecord | EventRecord | AgreementRecord,
    /** The row: its place in the fact's participants identifies the participation (its id, src/schema/participation.ts). */
    readonly row: ParticipationRow,
    /** "type:key" of the participant; undefined when the article only describes them. */
    readonly who: string | undefined,
  ) {}

  get role(): ParticipationRow['role'] {
    return this.row.role;
  }

  get description(): string | undefined {
    return this.row.description;
  }

  get for(): string | undefined {
    return this.row.for;
  }

  get evidence(): LocatedEvidence[] {
    return this.row.evidence;
  }
}
