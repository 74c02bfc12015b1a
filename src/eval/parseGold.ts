/**
 * Validates parsed JSON as a Gold (docs/gold-format.md). Bad gold fails with one line naming the file and
 * the JSON path: `eval: gold/dev.json: $.facts[3].type: expected one of LEADER_OF, ...`.
 */
import { formatError } from '../model/errors';
import { EVENT_TYPES, FACT_TYPES, ORGANIZATION_KINDS } from '../model/ontology';
import type { EventType } from '../model/ontology';
import type { Gold, GoldArticle, GoldConflict, GoldEntity, GoldEntityLabel, GoldEvent, GoldFact } from './goldTypes';
import { normalizeName } from './normalizeName';

const ENTITY_LABELS: readonly GoldEntityLabel[] = ['Person', 'Organization', 'Country', 'Location', 'Treaty'];
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

class Reader {
  constructor(private readonly file: string) {}

  fail(path: string, what: string): never {
    throw formatError(`eval: ${this.file}`, `${path}: ${what}`, { file: this.file, path });
  }
  object(v: unknown, path: string): Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(path, 'expected an object');
    return v as Record<string, unknown>;
  }
  array(v: unknown, path: string): unknown[] {
    if (!Array.isArray(v)) this.fail(path, 'expected an array');
    return v;
  }
  string(v: unknown, path: string): string {
    if (typeof v !== 'string' || v.trim() === '') this.fail(path, 'expected a non-empty string');
    return v;
  }
  strings(v: unknown, path: string): string[] {
    return this.array(v, path).map((s, i) => this.string(s, `${path}[${i}]`));
  }
  optStrings(o: Record<string, unknown>, key: string, path: string): string[] {
    return o[key] === undefined ? [] : this.strings(o[key], `${path}.${key}`);
  }
  oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.fail(path, `expected one of ${allowed.join(', ')}${typeof v === 'string' ? `, got "${v}"` : ''}`);
    }
    return v as T;
  }
  date(v: unknown, path: string): string {
    const s = this.string(v, path);
    if (!ISO_DATE.test(s)) this.fail(path, `expected an ISO date (2024, 2024-09 or 2024-09-03), got "${s}"`);
    return s;
  }
  noExtraKeys(o: Record<string, unknown>, allowed: string[], path: string): void {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.fail(`${path}.${k}`, 'unknown field');
  }
}

/** Checks `json` (already parsed) against the gold format; `file` names it in error messages. */
export function parseGold(json: unknown, file: string): Gold {
  const r = new Reader(file);
  const root = r.object(json, '$');
  r.noExtraKeys(root, ['$comment', 'articles', 'entities', 'facts', 'events', 'conflicts', 'forbidden', 'unscoredEventTypes'], '$');

  const articles = r.array(root.articles, '$.articles').map((a, i): GoldArticle => {
    const p = `$.articles[${i}]`;
    const o = r.object(a, p);
    r.noExtraKeys(o, ['file', 'url', 'topic', 'title'], p);
    const art: GoldArticle = { file: r.string(o.file, `${p}.file`) };
    if (o.url !== undefined) art.url = r.string(o.url, `${p}.url`);
    if (o.topic !== undefined) art.topic = r.string(o.topic, `${p}.topic`);
    if (o.title !== undefined) art.title = r.string(o.title, `${p}.title`);
    return art;
  });

  const entities = r.array(root.entities, '$.entities').map((e, i): GoldEntity => {
    const p = `$.entities[${i}]`;
    const o = r.object(e, p);
    r.noExtraKeys(o, ['label', 'name', 'aliases', 'kind', 'iso3', 'note'], p);
    const ent: GoldEntity = {
      label: r.oneOf(o.label, ENTITY_LABELS, `${p}.label`),
      name: r.string(o.name, `${p}.name`),
      aliases: r.optStrings(o, 'aliases', p),
    };
    if (o.kind !== undefined) ent.kind = r.oneOf(o.kind, ORGANIZATION_KINDS, `${p}.kind`);
    if (o.iso3 !== undefined) {
      const iso = r.string(o.iso3, `${p}.iso3`);
      if (!/^[A-Z]{3}$/.test(iso)) r.fail(`${p}.iso3`, `expected three capital letters, got "${iso}"`);
      ent.iso3 = iso;
    }
    return ent;
  });

  // every form names exactly one entity of a label; facts and events refer to entities by any form
  const byForm = new Map<string, string>();
  entities.forEach((e, i) => {
    for (const [j, form] of [e.name, ...e.aliases].entries()) {
      const key = `${e.label}:${normalizeName(form)}`;
      const prev = byForm.get(key);
      if (prev !== undefined && prev !== e.name) {
        r.fail(j === 0 ? `$.entities[${i}].name` : `$.entities[${i}].aliases[${j - 1}]`, `"${form}" already names "${prev}"`);
      }
      byForm.set(key, e.name);
    }
  });
  const known = new Set(entities.flatMap((e) => [e.name, ...e.aliases].map(normalizeName)));
  const entityRef = (v: unknown, path: string): string => {
    const s = r.string(v, path);
    if (!known.has(normalizeName(s))) r.fail(path, `"${s}" is not a gold entity name or alias`);
    return s;
  };

  const facts = (root.facts === undefined ? [] : r.array(root.facts, '$.facts')).map((f, i): GoldFact => {
    const p = `$.facts[${i}]`;
    const o = r.object(f, p);
    r.noExtraKeys(o, ['type', 'from', 'to', 'properties', 'note'], p);
    const fact: GoldFact = {
      type: r.oneOf(o.type, FACT_TYPES, `${p}.type`),
      from: entityRef(o.from, `${p}.from`),
      to: entityRef(o.to, `${p}.to`),
    };
    if (o.properties !== undefined) {
      const props = r.object(o.properties, `${p}.properties`);
      fact.properties = {};
      for (const [k, v] of Object.entries(props)) fact.properties[k] = r.string(v, `${p}.properties.${k}`);
    }
    return fact;
  });

  const events = (root.events === undefined ? [] : r.array(root.events, '$.events')).map((ev, i): GoldEvent => {
    const p = `$.events[${i}]`;
    const o = r.object(ev, p);
    r.noExtraKeys(o, ['type', 'date', 'agents', 'targets', 'locations', 'description'], p);
    const refs = (key: string) =>
      o[key] === undefined ? [] : r.array(o[key], `${p}.${key}`).map((x, j) => entityRef(x, `${p}.${key}[${j}]`));
    const event: GoldEvent = {
      type: r.oneOf(o.type, EVENT_TYPES, `${p}.type`),
      agents: refs('agents'),
      targets: refs('targets'),
      locations: refs('locations'),
    };
    if (o.date !== undefined) event.date = r.date(o.date, `${p}.date`);
    if (o.description !== undefined) event.description = r.string(o.description, `${p}.description`);
    return event;
  });

  const conflicts = (root.conflicts === undefined ? [] : r.array(root.conflicts, '$.conflicts')).map((c, i): GoldConflict => {
    const p = `$.conflicts[${i}]`;
    const o = r.object(c, p);
    r.noExtraKeys(o, ['subject', 'relation', 'property', 'values'], p);
    const conflict: GoldConflict = {
      subject: entityRef(o.subject, `${p}.subject`),
      property: r.string(o.property, `${p}.property`),
      values: r.strings(o.values, `${p}.values`),
    };
    if (conflict.values.length < 2) r.fail(`${p}.values`, 'a conflict needs at least two values');
    if (o.relation !== undefined) {
      const rel = r.object(o.relation, `${p}.relation`);
      conflict.relation = {
        type: r.oneOf(rel.type, FACT_TYPES, `${p}.relation.type`),
        to: entityRef(rel.to, `${p}.relation.to`),
      };
    }
    return conflict;
  });

  const forbidden = root.forbidden === undefined ? [] : r.strings(root.forbidden, '$.forbidden');
  // findFurniture flags a node whose name contains a forbidden name as whole words: no gold form may
  const padded = [...known].map((k) => ` ${k} `);
  forbidden.forEach((f, i) => {
    const k = ` ${normalizeName(f)} `;
    const hit = padded.find((form) => form.includes(k));
    if (hit !== undefined) r.fail(`$.forbidden[${i}]`, `"${f}" is also (part of) the gold name or alias "${hit.trim()}"`);
  });
  const unscoredEventTypes: EventType[] =
    root.unscoredEventTypes === undefined
      ? []
      : r.array(root.unscoredEventTypes, '$.unscoredEventTypes').map((t, i) => r.oneOf(t, EVENT_TYPES, `$.unscoredEventTypes[${i}]`));

  return { file, articles, entities, facts, events, conflicts, forbidden, unscoredEventTypes };
}
