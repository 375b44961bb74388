// What `import Narrator` brings: the pipeline's model and stages (NarratorCore) and the
// extraction entry (`ArticleLoader`, NarratorHTML) and the web fetcher (`PageFetcher`), so a library user needs one import.
// The module is named for the package; its entry type is `ArticleNarrator`.
@_exported import NarratorCore
@_exported import NarratorHTML
@_exported import NarratorFetch
