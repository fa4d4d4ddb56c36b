use clap::{Parser, ValueEnum};
use eyre::Result;
use std::path::Path;

use wasm_split_cli_support as this;

#[derive(Debug, ValueEnum, Clone, Copy, PartialEq, Eq, Default)]
enum Target {
    #[default]
    Web,
    Bundler,
}

#[derive(Debug, Parser)]
#[command(name = "wasm-split")]
struct Cli {
    /// Input .wasm file.
    input: Box<Path>,

    /// Output directory.
    output: Box<Path>,

    /// Output target
    #[arg(long)]
    target: Option<Target>,

    /// Output module name
    #[arg(long)]
    out_name: Option<String>,

    /// Print verbose split information.
    #[arg(short, long)]
    verbose: bool,

    /// Move shared chunks smaller than this many bytes of code into the main module.
    #[arg(long, default_value_t = 0)]
    merge_below: usize,

    /// Make one chunk of the shared chunks this split point uses (with --bundle-except).
    #[arg(long, requires = "bundle_except")]
    bundle_with: Option<String>,

    /// Leave out of the bundle the chunks split points with this prefix use.
    #[arg(long, requires = "bundle_with")]
    bundle_except: Option<String>,

    /// The split points pages start with: shared chunks all of them need go to the main module.
    #[arg(long, value_delimiter = ',')]
    entries: Vec<String>,

    /// Split points that load as one chunk, comma-separated; repeat for more groups.
    #[arg(long = "group")]
    groups: Vec<String>,
}

fn main() -> Result<()> {
    tracing_subscriber::fmt::init();

    let args = Cli::parse();
    let input_wasm = std::fs::read(args.input)?;
    let stem = match args.out_name.as_ref() {
        Some(name) => name,
        None => "main",
    };
    let groups: Vec<Vec<String>> = args
        .groups
        .iter()
        .map(|g| g.split(',').map(str::to_string).collect())
        .collect();
    let main_module;
    let main_out_path = args.output.join(&format!("{stem}.wasm"));
    let _ = this::transform({
        let mut opts = this::Options::new(&input_wasm);
        opts.verbose = args.verbose;
        opts.merge_below = args.merge_below;
        opts.entries = &args.entries;
        opts.groups = &groups;
        if let (Some(with), Some(except)) = (&args.bundle_with, &args.bundle_except) {
            opts.bundle = Some((with, except));
        }
        opts.output_dir = &args.output;
        opts.main_out_path = &main_out_path;
        if let Some(name) = args.out_name.as_ref() {
            main_module = match args.target {
                None | Some(Target::Web) => format!("./{name}.js"),
                Some(Target::Bundler) => format!("./{name}_bg.wasm"),
            };
            opts.main_module = &main_module;
        }
        match args.target {
            Some(Target::Web) => {
                opts.target.web();
            }
            Some(Target::Bundler) => {
                opts.target.bundler();
            }
            None => {}
        }
        opts
    })?;
    Ok(())
}
