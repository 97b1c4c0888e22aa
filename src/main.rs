fn main() {
    std::process::exit(newsgraph::cli::main());
}
