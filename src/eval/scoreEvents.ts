/**
 * Event precision/recall: a predicted Event matches a gold event when the types are equal, the dates are
 * compatible (the gold event has no date, or one date is a prefix of the other: 2024-09 fits 2024-09-03)
 * and the participants overlap (some gold agent, target or location is an AGENT, TARGET or LOCATION of the
 * predicted event; a gold event without participants needs none). Matching is one-to-one, best pairs first.
 * Predicted events of the gold's `unscoredEventTypes` are left out. An event whose sources disagree on its
 * date fits when any claimed date (`date`, `date_values`) does.
 */
import type { GraphBatch } from '../model/types';
import type { Gold, GoldEvent } from './goldTypes';
import { goldIndexOf } from './matchEntities';
import { nodeName, stringList } from './nodeForms';
import { prf, sumPRF } from './prf';
import type { PRF } from './prf';

export interface EventScores {
  byType: Record<string, PRF>;
  overall: PRF;
  missed: string[];
  extra: string[];
}

export function datesCompatible(goldDate: string | undefined, predicted: string | undefined): boolean {
  if (goldDate === undefined) return true;
  if (predicted === undefined || predicted === '') return false;
  return predicted.startsWith(goldDate) || goldDate.startsWith(predicted);
}

function describeGold(e: GoldEvent): string {
  const who = [...e.agents, ...e.targets].join(', ');
  return `${e.type}${e.date ? ` ${e.date}` : ''}${who ? ` (${who})` : ''}${e.description ? `: ${e.description}` : ''}`;
}

export function scoreEvents(batch: GraphBatch, gold: Gold, nodeToGold: Map<string, number>): EventScores {
  const unscored = new Set<string>(gold.unscoredEventTypes);
  const participantsOf = new Map<string, Set<number>>();
  for (const e of batch.edges) {
    if (!(e.type === 'AGENT' || e.type === 'TARGET' || e.type === 'LOCATION')) continue;
    const g = nodeToGold.get(e.to);
    if (g === undefined) continue;
    let set = participantsOf.get(e.from);
    if (!set) participantsOf.set(e.from, (set = new Set()));
    set.add(g);
  }
  const predicted = batch.nodes
    .filter((n) => n.label === 'Event' && !unscored.has(String(n.properties.type)))
    .map((n) => {
      const participants = participantsOf.get(n.id) ?? new Set<number>();
      const date = typeof n.properties.date === 'string' ? n.properties.date : undefined;
      // a date the sources disagree on keeps every claimed value in date_values: any of them may fit
      const dates = [...new Set([...(date ? [date] : []), ...stringList(n.properties.date_values)])];
      return { node: n, type: String(n.properties.type ?? 'Other'), date, dates, participants };
    });
  const goldEvents = gold.events.map((e) => ({
    event: e,
    participants: new Set([...e.agents, ...e.targets, ...e.locations].map((p) => goldIndexOf(gold, p))),
  }));

  const pairs: { g: number; p: number; score: number }[] = [];
  goldEvents.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (g.event.type !== p.type) return;
      if (!(p.dates.length === 0 ? datesCompatible(g.event.date, undefined) : p.dates.some((d) => datesCompatible(g.event.date, d)))) return;
      const overlap = [...g.participants].filter((x) => p.participants.has(x)).length;
      if (g.participants.size > 0 && overlap === 0) return;
      pairs.push({ g: gi, p: pi, score: overlap * 2 + (g.event.date !== undefined && g.event.date === p.date ? 1 : 0) });
    }),
  );
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const gDone = new Set<number>();
  const pDone = new Set<number>();
  for (const pr of pairs) {
    if (gDone.has(pr.g) || pDone.has(pr.p)) continue;
    gDone.add(pr.g);
    pDone.add(pr.p);
  }

  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const out: EventScores = { byType: {}, overall: prf(0, 0, 0), missed: [], extra: [] };
  goldEvents.forEach((g, i) => {
    if (gDone.has(i)) count(g.event.type).tp++;
    else {
      count(g.event.type).fn++;
      out.missed.push(describeGold(g.event));
    }
  });
  predicted.forEach((p, i) => {
    if (pDone.has(i)) return;
    count(p.type).fp++;
    out.extra.push(`${p.type}${p.date ? ` ${p.date}` : ''}: ${nodeName(p.node)}`);
  });
  for (const [t, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) out.byType[t] = prf(c.tp, c.fp, c.fn);
  out.overall = sumPRF(Object.values(out.byType));
  return out;
}
