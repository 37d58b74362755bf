/**
 * Redocly's `$ref` resolver (file loading, caching, relative refs), reading JSON documents with
 * `JSON.parse` instead of its YAML parser. YAML is a superset of JSON, so the data are the same;
 * JSON.parse is 10–20 times faster on large documents (GitHub's 13 MB document: about 0.3 s
 * less). A JSON document with a duplicate key keeps the last value, as JSON.parse (RFC 8259 §4
 * leaves it open) and most OpenAPI tools do, where the YAML parser rejects it. Text that is not
 * valid JSON goes to the YAML parser, whose error gives the line and column.
 */
import { BaseResolver, type Document, type Source } from '@redocly/openapi-core';

export class SpecResolver extends BaseResolver {
  override parseDocument(source: Source, isRoot = false): Document {
    if (/^\s*[{[]/.test(source.body)) {
      try {
        return { source, parsed: JSON.parse(source.body) as unknown };
      } catch {
        // Not JSON after all (a YAML flow mapping, or broken): the YAML parser reports where.
      }
    }
    return super.parseDocument(source, isRoot);
  }
}
