// Placeholder so the library has a source until the executor lands.
namespace tidemark::exec {}
