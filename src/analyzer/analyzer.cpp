// Analyzer placeholder so the library has a source.
namespace tidemark::analyzer {}
