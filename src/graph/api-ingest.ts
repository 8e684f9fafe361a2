// ingestReport for the API: one report (text and optional metadata) through the same pipeline
// as `civic-graph ingest` (src/graph/ingest.ts), returning what was extracted and written.
import type { Driver } from 'neo4j-driver';
import { extractFull } from '../extract/index.ts';
import { looksLikeHtml } from '../extract/html.ts';
import { contentId, type InputReport, type ReportMeta } from '../io/inputs.ts';
import type { IngestReport, IngestReportInput, IngestReportResult } from '../schema/builder.ts';
import { ingestInputs } from './ingest.ts';
import { toGraphError } from './reader.ts';
import { reportId } from './rows.ts';

export class IngestRejected extends Error {
  override name = 'IngestRejected';
}

function metaOf(input: IngestReportInput): ReportMeta {
  const meta: ReportMeta = {};
  if (input.url) meta.url = input.url;
  if (input.publishedAt) meta.publishedAt = input.publishedAt;
  if (input.district) meta.district = input.district;
  if (input.province) meta.province = input.province;
  if (input.title) meta.title = input.title;
  return meta;
}

/** An IngestReport that writes through `driver` into `database`. */
export function apiIngest(driver: Driver, database = 'neo4j'): IngestReport {
  return async (input): Promise<IngestReportResult> => {
    const meta = metaOf(input);
    const html = looksLikeHtml(input.text);
    const item: InputReport = { id: contentId(input.text), file: '(ingestReport)', text: input.text, html, meta };
    const full = extractFull(input.text, { id: item.id, meta, html });
    let summary;
    try {
      summary = await ingestInputs(driver, (async function* () {
        yield item;
      })(), { database, schema: false });
    } catch (err) {
      throw toGraphError(err);
    }
    if (summary.failed > 0) throw new IngestRejected(summary.failures[0]?.error ?? 'the report could not be ingested');
    const { people, events, documents } = full.record;
    return {
      reportId: reportId(input.text, meta),
      changed: summary.ok > 0,
      extracted: {
        people,
        events: events.map((e) => ({ title: e.title, date: e.date, organizers: e.organizers, chairs: e.chairs, speakers: e.speakers, attendees: e.attendees })),
        documents,
      },
      created: {
        nodes: summary.nodesCreated,
        relationships: summary.relationshipsCreated,
        nodesDeleted: summary.nodesDeleted,
        relationshipsDeleted: summary.relationshipsDeleted,
        replacedVersions: summary.replaced,
      },
    };
  };
}
