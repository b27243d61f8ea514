// Placeholder so the library has a source until the analyzer lands.
namespace tidemark::analyzer {}
