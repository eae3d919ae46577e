//! `fbgraph-fuzz`: the command line of the driver; `cargo xtask fuzz` builds and runs it.

use std::process::ExitCode;
use std::time::Duration;

use fbgraph_fuzz::driver::{self, Options, Verdict};
use fbgraph_fuzz::targets::{self, Status, TARGETS};

const USAGE: &str = "usage: fbgraph-fuzz <target>|all|list [options]

  --iterations N     run N inputs (each target, with `all`)
  --seconds S        run for S seconds (split evenly between the targets, with `all`)
  --seed X           the PRNG seed (default 0); the same seed gives the same inputs
  --crash-dir DIR    where crashing inputs go (default: <workspace>/target/fuzz-crashes)
  --slow-ms MS       an input slower than this is a finding (default 1000)
  --progress S       print progress every S seconds
  --reproduce FILE   run one saved input, with the panic's usual output

Without --iterations or --seconds, 10000 inputs. Exit 0 if nothing broke, 1 if something
did (the inputs are written to the crash directory), 2 on a usage error, 3 on a hang.";

struct Args {
    target: String,
    iterations: Option<u64>,
    seconds: Option<f64>,
    seed: u64,
    crash_dir: Option<String>,
    slow_ms: u64,
    progress: Option<f64>,
    reproduce: Option<String>,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let target = args.next().ok_or("no target given")?;
    let mut parsed = Args {
        target,
        iterations: None,
        seconds: None,
        seed: 0,
        crash_dir: None,
        slow_ms: 1000,
        progress: None,
        reproduce: None,
    };
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        let number = |v: String| -> Result<u64, String> {
            v.replace('_', "")
                .parse()
                .map_err(|_| format!("{flag}: `{v}` is not a number"))
        };
        match flag.as_str() {
            "--iterations" => parsed.iterations = Some(number(value()?)?),
            "--seconds" => {
                let v = value()?;
                parsed.seconds = Some(
                    v.parse()
                        .ok()
                        .filter(|s: &f64| s.is_finite() && *s >= 0.0)
                        .ok_or(format!("--seconds: `{v}` is not a number of seconds"))?,
                );
            }
            "--seed" => parsed.seed = number(value()?)?,
            "--crash-dir" => parsed.crash_dir = Some(value()?),
            "--slow-ms" => parsed.slow_ms = number(value()?)?,
            "--progress" => {
                let v = value()?;
                parsed.progress = Some(v.parse().map_err(|_| format!("--progress: `{v}`"))?);
            }
            "--reproduce" => parsed.reproduce = Some(value()?),
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    Ok(parsed)
}

fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match args.target.as_str() {
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        "list" => {
            for t in TARGETS {
                match t.status {
                    Status::Ready => println!("{:<8} {}", t.name, t.about),
                    Status::Planned(why) => println!("{:<8} (planned) {}: {why}", t.name, t.about),
                }
            }
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    let crash_dir = args.crash_dir.clone().map_or_else(
        || targets::workspace_root().join("target/fuzz-crashes"),
        Into::into,
    );

    if let Some(file) = &args.reproduce {
        let input = match std::fs::read(file) {
            Ok(input) => input,
            Err(e) => {
                eprintln!("error: cannot read {file}: {e}");
                return ExitCode::from(2);
            }
        };
        let mut target = match targets::make(&args.target) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        };
        return match driver::reproduce(target.as_mut(), &input) {
            Ok(Verdict::Finding(message)) => {
                println!("finding: {message}");
                ExitCode::FAILURE
            }
            Ok(verdict) => {
                println!("no crash: {verdict:?}");
                ExitCode::SUCCESS
            }
            Err(message) => {
                println!("crash: {message}");
                ExitCode::FAILURE
            }
        };
    }

    let names: Vec<&str> = if args.target == "all" {
        TARGETS
            .iter()
            .filter(|t| t.status == Status::Ready)
            .map(|t| t.name)
            .collect()
    } else {
        vec![args.target.as_str()]
    };
    let share = args.seconds.map(|s| s / names.len() as f64);
    let mut failed = false;
    for name in names {
        let mut target = match targets::make(name) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        };
        let options = Options {
            iterations: args.iterations,
            duration: share.map(Duration::from_secs_f64),
            seed: args.seed,
            slow: Duration::from_millis(args.slow_ms),
            progress: args.progress.map(Duration::from_secs_f64),
            ..Options::new(&crash_dir)
        };
        let report = driver::run(target.as_mut(), &options);
        println!("{report}");
        if !report.is_clean() {
            failed = true;
            println!(
                "  {} input(s) written to {}; rerun with --seed {} to see them again",
                report.crashes.len(),
                crash_dir.display(),
                args.seed
            );
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
