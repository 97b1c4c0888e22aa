// jemalloc rather than glibc's malloc: an ingest allocates and frees batch-sized buffers on
// ever new loader threads for hours, and glibc kept the freed memory in fragmented arenas
// (100,000 bench articles: peak 616 MB with glibc; see NOTES, "Ingest memory").
#[cfg(all(unix, not(target_env = "musl")))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() {
    std::process::exit(newsgraph::cli::main());
}
