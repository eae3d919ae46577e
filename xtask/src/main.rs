//! `cargo xtask codegen [--check]`: see the library's documentation.

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask codegen [--check]

  codegen          regenerate crates/fbgraph/src/<version>/ and spec/spec.schema.json from spec/
  codegen --check  write nothing; exit 1 and list the stale files if the code is out of date";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let check = match args.as_slice() {
        ["codegen"] => false,
        ["codegen", "--check"] => true,
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let root = xtask::root();
    match xtask::codegen(&root, check) {
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
        Ok(changed) if check && !changed.is_empty() => {
            eprintln!("generated code is stale; run `cargo xtask codegen`. Stale files:");
            for path in changed {
                eprintln!("  {}", path.display());
            }
            ExitCode::FAILURE
        }
        Ok(changed) if check => {
            let _ = changed;
            println!("generated code is up to date");
            ExitCode::SUCCESS
        }
        Ok(changed) => {
            if changed.is_empty() {
                println!("generated code is up to date; nothing written");
            }
            for path in changed {
                println!("wrote {}", path.display());
            }
            ExitCode::SUCCESS
        }
    }
}
