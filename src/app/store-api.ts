// What the command line and the HTTP layer use of the store, stories and exports, through the
// app layer (they may not import those modules themselves).

export { EXPORT_FORMATS, type ExportFormat, exportLines } from '../export/index.js';
export type {
  EventFilter,
  Interval,
  Member,
  SearchHit,
  SqliteStore,
  StoredEvent,
  StoredQuote,
  StoryFilter,
} from '../store/index.js';
export type { Conflict, Story } from '../stories/index.js';
