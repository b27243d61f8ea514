// Executor placeholder so the library has a source.
namespace tidemark::exec {}
