// What `import Narrator` brings: the pipeline's model and stages (NarratorCore) and the
// extraction entry (`ArticleLoader`, NarratorHTML), so a library user needs one import.
// The module is named for the package; its entry type is `ArticleNarrator`.
@_exported import NarratorCore
@_exported import NarratorHTML
