//! The driver: generates inputs from a seed, runs them one at a time with panics caught,
//! times them, and writes every input that breaks an invariant to the crash directory.

use std::cell::RefCell;
use std::fmt;
use std::io::Write as _;
use std::panic::{self, AssertUnwindSafe, PanicHookInfo};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use crate::rng::{Rng, hash};

/// What a target made of one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The input was taken: a spec loaded, a body decoded, a request answered 2xx.
    Accepted,
    /// The input was refused the documented way: diagnostics, a decode error, an error
    /// envelope.
    Rejected,
    /// The input cannot be given to the code under test (a request head that `http` cannot
    /// represent); not counted as an execution.
    Skipped,
    /// An invariant does not hold; the text says which.
    Finding(String),
    /// An invariant does not hold in a way already reported and not yet fixed: counted by
    /// category, not as a crash (the first input of each category is written).
    Known(&'static str),
}

/// A fuzz target: something that makes inputs and checks what the code under test does
/// with them.
pub trait Target {
    /// The name used on the command line and in crash file names.
    fn name(&self) -> &'static str;

    /// A new input: structure-aware generation and mutation, from `rng` only.
    fn generate(&mut self, rng: &mut Rng) -> Vec<u8>;

    /// Runs one input (any bytes, not only generated ones) and judges the outcome. A panic
    /// is caught by the driver and counted as a crash.
    fn execute(&mut self, input: &[u8]) -> Verdict;

    /// Called after a panic, to rebuild state the panic may have left half-changed.
    fn reset(&mut self) {}

    /// Extra lines for the final report.
    fn summary(&self) -> Vec<String> {
        Vec::new()
    }
}

/// How long and how to run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Stop after this many executions.
    pub iterations: Option<u64>,
    /// Stop after this much time.
    pub duration: Option<Duration>,
    /// The PRNG seed; the same seed gives the same inputs.
    pub seed: u64,
    /// Where crash inputs are written.
    pub crash_dir: PathBuf,
    /// An input taking longer than this is a finding.
    pub slow: Duration,
    /// An input taking longer than this ends the process (exit code 3) after writing it.
    pub hang: Duration,
    /// Print progress every so often (`None`: only the summary).
    pub progress: Option<Duration>,
    /// How many crashes to describe in full; all are counted and written.
    pub print_limit: usize,
}

impl Options {
    /// 10,000 iterations, seed 0, crashes under `crash_dir`.
    pub fn new(crash_dir: impl Into<PathBuf>) -> Options {
        Options {
            iterations: None,
            duration: None,
            seed: 0,
            crash_dir: crash_dir.into(),
            slow: Duration::from_secs(1),
            hang: Duration::from_secs(30),
            progress: None,
            print_limit: 10,
        }
    }
}

/// An input that broke an invariant.
#[derive(Debug, Clone)]
pub struct Crash {
    /// `panic` or `finding` or `slow`.
    pub kind: &'static str,
    /// The panic message with its location, or the finding.
    pub message: String,
    /// The written input, if writing worked.
    pub path: Option<PathBuf>,
    /// The iteration that produced it.
    pub iteration: u64,
}

/// What a run did.
#[derive(Debug, Clone)]
pub struct Report {
    /// The target's name.
    pub target: &'static str,
    /// The seed.
    pub seed: u64,
    /// Inputs run (skipped ones excluded).
    pub executions: u64,
    /// Inputs accepted.
    pub accepted: u64,
    /// Inputs rejected the documented way.
    pub rejected: u64,
    /// Inputs that could not be run.
    pub skipped: u64,
    /// Panics, findings and slow inputs, in order.
    pub crashes: Vec<Crash>,
    /// Wall time of the run.
    pub elapsed: Duration,
    /// The slowest input's time.
    pub slowest: Duration,
    /// The target's own figures.
    pub extra: Vec<String>,
    /// Known findings by category, with the first input of each.
    pub known: Vec<(&'static str, u64, Option<PathBuf>)>,
}

impl Report {
    /// Executions per second.
    pub fn rate(&self) -> f64 {
        self.executions as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// The fraction of executions accepted.
    pub fn accepted_fraction(&self) -> f64 {
        self.accepted as f64 / (self.executions.max(1)) as f64
    }

    /// True when nothing broke.
    pub fn is_clean(&self) -> bool {
        self.crashes.is_empty()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} executions in {:.1} s ({:.0} exec/s), seed {}; {} crash{}; accepted {:.1}% ({} of {}), rejected {}",
            self.target,
            self.executions,
            self.elapsed.as_secs_f64(),
            self.rate(),
            self.seed,
            self.crashes.len(),
            if self.crashes.len() == 1 { "" } else { "es" },
            100.0 * self.accepted_fraction(),
            self.accepted,
            self.executions,
            self.rejected,
        )?;
        if self.skipped > 0 {
            write!(f, ", skipped {}", self.skipped)?;
        }
        write!(
            f,
            "; slowest input {:.1} ms",
            self.slowest.as_secs_f64() * 1e3
        )?;
        for (category, count, path) in &self.known {
            write!(
                f,
                "\n  known finding (reported, not counted as a crash): {count} × {category}"
            )?;
            if let Some(path) = path {
                write!(f, "; first input {}", path.display())?;
            }
        }
        let mut kinds: Vec<(String, usize)> = Vec::new();
        for crash in &self.crashes {
            let kind: String = crash.message.chars().take(60).collect();
            match kinds.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, n)) => *n += 1,
                None => kinds.push((kind, 1)),
            }
        }
        for (kind, n) in kinds.iter().take(20) {
            write!(f, "\n  crashes: {n} × {kind}…")?;
        }
        for line in &self.extra {
            write!(f, "\n  {line}")?;
        }
        Ok(())
    }
}

thread_local! {
    /// The last panic on this thread, as the hook saw it.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Whether this thread is fuzzing: its panics are recorded, not printed.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

type Hook = Box<dyn Fn(&PanicHookInfo<'_>) + Sync + Send + 'static>;

/// A panic's message and where it happened: `message at file:line:col`.
pub fn describe_panic(info: &PanicHookInfo<'_>) -> String {
    let location = info
        .location()
        .map(|l| format!(" at {}:{}:{}", l.file(), l.line(), l.column()))
        .unwrap_or_default();
    let payload = info.payload();
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_owned());
    format!("{message}{location}")
}

/// Makes the current thread's panics quiet (recorded in `LAST_PANIC`) until dropped.
///
/// One process-wide hook, installed once, does the recording for the threads that asked
/// and hands every other panic to the hook that was there before. Installing and removing a
/// hook per run instead would race between runs on several threads (parallel tests): one
/// run's restore would drop another's hook.
struct QuietPanics {
    was_quiet: bool,
}

impl QuietPanics {
    fn install() -> QuietPanics {
        static HOOK: std::sync::Once = std::sync::Once::new();
        HOOK.call_once(|| {
            let previous: Hook = panic::take_hook();
            panic::set_hook(Box::new(move |info| {
                if !QUIET.with(std::cell::Cell::get) {
                    return previous(info);
                }
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(describe_panic(info)));
            }));
        });
        QuietPanics {
            was_quiet: QUIET.with(|q| q.replace(true)),
        }
    }
}

impl Drop for QuietPanics {
    fn drop(&mut self) {
        QUIET.with(|q| q.set(self.was_quiet));
    }
}

/// Aborts the process if one input runs longer than the hang limit, after writing it.
struct Watchdog {
    started_ms: Arc<AtomicU64>,
    input: Arc<Mutex<Vec<u8>>>,
    stop: Arc<AtomicBool>,
    origin: Instant,
    thread: Option<thread::JoinHandle<()>>,
}

impl Watchdog {
    fn start(target: &'static str, options: &Options) -> Watchdog {
        let started_ms = Arc::new(AtomicU64::new(0));
        let input = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let origin = Instant::now();
        let (s, i, st) = (
            Arc::clone(&started_ms),
            Arc::clone(&input),
            Arc::clone(&stop),
        );
        let hang = options.hang;
        let dir = options.crash_dir.clone();
        let seed = options.seed;
        let thread = thread::Builder::new()
            .name("fuzz-watchdog".into())
            .spawn(move || {
                while !st.load(Ordering::Relaxed) {
                    thread::sleep(Duration::from_millis(50));
                    let started = s.load(Ordering::Relaxed);
                    if started == 0 {
                        continue;
                    }
                    let now = origin.elapsed().as_millis() as u64 + 1;
                    if now.saturating_sub(started) > hang.as_millis() as u64 {
                        let bytes = i.lock().unwrap_or_else(PoisonError::into_inner).clone();
                        let path = write_crash(&dir, target, &bytes);
                        eprintln!(
                            "hang in {target}: one input has run for more than {:.0} s; seed {seed}",
                            hang.as_secs_f64()
                        );
                        print_input(target, path.as_deref(), bytes.len());
                        std::process::exit(3);
                    }
                }
            })
            .ok();
        Watchdog {
            started_ms,
            input,
            stop,
            origin,
            thread,
        }
    }

    fn begin(&self, input: &[u8]) {
        {
            let mut held = self.input.lock().unwrap_or_else(PoisonError::into_inner);
            held.clear();
            held.extend_from_slice(input);
        }
        let now = self.origin.elapsed().as_millis() as u64 + 1;
        self.started_ms.store(now, Ordering::Relaxed);
    }

    fn end(&self) {
        self.started_ms.store(0, Ordering::Relaxed);
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Writes `input` to `<dir>/<target>-<hash>`; `None` if that fails (the caller says so).
pub fn write_crash(dir: &Path, target: &str, input: &[u8]) -> Option<PathBuf> {
    let path = dir.join(format!("{target}-{:016x}", hash(input)));
    std::fs::create_dir_all(dir).ok()?;
    std::fs::write(&path, input).ok()?;
    Some(path)
}

fn print_input(target: &str, path: Option<&Path>, len: usize) {
    match path {
        Some(path) => {
            eprintln!("  input: {} ({len} bytes)", path.display());
            eprintln!(
                "  reproduce: cargo xtask fuzz {target} --reproduce {}",
                path.display()
            );
        }
        None => eprintln!("  the input ({len} bytes) could not be written"),
    }
}

/// Runs one input with panics caught (and not printed): the verdict, or the panic's
/// message with its location.
pub fn run_one(target: &mut dyn Target, input: &[u8]) -> Result<Verdict, String> {
    let _quiet = QuietPanics::install();
    run_caught(target, input)
}

/// [`run_one`] once the quiet hook is in place.
fn run_caught(target: &mut dyn Target, input: &[u8]) -> Result<Verdict, String> {
    LAST_PANIC.with(|p| p.borrow_mut().take());
    match panic::catch_unwind(AssertUnwindSafe(|| target.execute(input))) {
        Ok(verdict) => Ok(verdict),
        Err(_) => {
            let message = LAST_PANIC
                .with(|p| p.borrow_mut().take())
                .unwrap_or_else(|| "a panic".to_owned());
            target.reset();
            Err(message)
        }
    }
}

/// Fuzzes `target` as `options` say.
pub fn run(target: &mut dyn Target, options: &Options) -> Report {
    let name = target.name();
    let _quiet = QuietPanics::install();
    let watchdog = Watchdog::start(name, options);
    let mut rng = Rng::new(options.seed);
    let mut report = Report {
        target: name,
        seed: options.seed,
        executions: 0,
        accepted: 0,
        rejected: 0,
        skipped: 0,
        crashes: Vec::new(),
        elapsed: Duration::ZERO,
        slowest: Duration::ZERO,
        extra: Vec::new(),
        known: Vec::new(),
    };
    let start = Instant::now();
    let mut last_progress = start;
    let mut iteration: u64 = 0;
    loop {
        if options.iterations.is_some_and(|n| report.executions >= n) {
            break;
        }
        if options.duration.is_some_and(|d| start.elapsed() >= d) {
            break;
        }
        if options.iterations.is_none() && options.duration.is_none() && iteration >= 10_000 {
            break;
        }
        iteration += 1;
        let input = target.generate(&mut rng);
        watchdog.begin(&input);
        let began = Instant::now();
        let outcome = run_caught(target, &input);
        let took = began.elapsed();
        watchdog.end();
        if matches!(outcome, Ok(Verdict::Skipped)) {
            report.skipped += 1;
            continue;
        }
        report.executions += 1;
        report.slowest = report.slowest.max(took);
        let crash = match outcome {
            Ok(Verdict::Accepted) => {
                report.accepted += 1;
                None
            }
            Ok(Verdict::Rejected) => {
                report.rejected += 1;
                None
            }
            Ok(Verdict::Skipped) => None,
            Ok(Verdict::Known(category)) => {
                match report.known.iter_mut().find(|(c, _, _)| *c == category) {
                    Some((_, n, _)) => *n += 1,
                    None => {
                        let path =
                            write_crash(&options.crash_dir, &format!("{name}-known"), &input);
                        report.known.push((category, 1, path));
                    }
                }
                report.rejected += 1;
                None
            }
            Ok(Verdict::Finding(message)) => Some(("finding", message)),
            Err(message) => Some(("panic", message)),
        };
        let crash = crash.or_else(|| {
            (took > options.slow).then(|| {
                (
                    "slow",
                    format!(
                        "took {:.0} ms (limit {:.0} ms)",
                        took.as_secs_f64() * 1e3,
                        options.slow.as_secs_f64() * 1e3
                    ),
                )
            })
        });
        if let Some((kind, message)) = crash {
            let path = write_crash(&options.crash_dir, name, &input);
            if report.crashes.len() < options.print_limit {
                let mut shown: String = message.chars().take(600).collect();
                if shown.len() < message.len() {
                    shown.push('…');
                }
                eprintln!("{kind} in {name}: {shown}");
                eprintln!("  seed {}, iteration {iteration}", options.seed);
                print_input(name, path.as_deref(), input.len());
            }
            report.crashes.push(Crash {
                kind,
                message,
                path,
                iteration,
            });
        }
        if let Some(every) = options.progress
            && last_progress.elapsed() >= every
        {
            last_progress = Instant::now();
            let secs = start.elapsed().as_secs_f64();
            eprintln!(
                "{name}: {} executions, {:.0} exec/s, {} crashes, {:.1}% accepted",
                report.executions,
                report.executions as f64 / secs.max(1e-9),
                report.crashes.len(),
                100.0 * report.accepted as f64 / report.executions.max(1) as f64
            );
            let _ = std::io::stderr().flush();
        }
    }
    report.elapsed = start.elapsed();
    report.extra = target.summary();
    report
}

/// Runs one saved input with the usual panic output, for debugging a crash.
pub fn reproduce(target: &mut dyn Target, input: &[u8]) -> Result<Verdict, String> {
    let began = Instant::now();
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| target.execute(input)))
        .map_err(|_| "the input panics (the message is above)".to_owned());
    eprintln!(
        "{}: ran {} bytes in {:.1} ms",
        target.name(),
        input.len(),
        began.elapsed().as_secs_f64() * 1e3
    );
    outcome
}
