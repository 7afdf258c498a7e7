/** Ordering inputs shared by the plural fields. */
import type { Order } from '../corpus/queries.js';
import { builder } from './builder.js';

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Sort direction.',
  values: {
    ASC: { value: 'asc', description: 'Ascending: oldest, lowest or A first.' },
    DESC: { value: 'desc', description: 'Descending: newest, highest or Z first.' },
  } as const,
});

const FactOrderField = builder.enumType('FactOrderField', {
  description: 'What to sort facts by.',
  values: {
    DATE: {
      value: 'date',
      description:
        'The fact\'s time: the first day it allows, then the last (a visit\'s time or departure, an event\'s time, an agreement\'s date, a metric\'s period). Facts without bounds (undated, or with no year stated) come last in either direction, year-less ones by month and day.',
    },
    KEY: { value: 'key', description: 'The fact\'s key, alphabetically.' },
  } as const,
});

const EntityOrderField = builder.enumType('EntityOrderField', {
  description: 'What to sort entities by.',
  values: {
    NAME: { value: 'name', description: 'The name, alphabetically.' },
    KEY: { value: 'key', description: 'The key, alphabetically.' },
  } as const,
});

export const FactOrder = builder.inputType('FactOrder', {
  description: 'How to order facts. Default: newest first.',
  fields: (t) => ({
    field: t.field({ type: FactOrderField, defaultValue: 'date', required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'desc', required: true, description: 'Sort direction.' }),
  }),
});

export const EntityOrder = builder.inputType('EntityOrder', {
  description: 'How to order entities. Default: by name, A first.',
  fields: (t) => ({
    field: t.field({ type: EntityOrderField, defaultValue: 'name', required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'asc', required: true, description: 'Sort direction.' }),
  }),
});

export const NEWEST_FIRST: Order = { field: 'date', direction: 'desc' };
export const BY_NAME: Order = { field: 'name', direction: 'asc' };
