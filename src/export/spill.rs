//! A sort of a graph view's rows that holds a bounded amount of them in memory: rows are
//! gathered up to [`BUDGET`] bytes, sorted and written to a run file in a private
//! temporary folder; reading merges the runs. A view that fits in the budget never touches
//! the disk. The order is a total order over the rows' content (every column's text, then
//! every column's kind), so the rows come out the same whatever order they went in.

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::PathBuf;

/// Bytes of rows (text and bookkeeping, estimated) held before a run is written to disk.
pub const BUDGET: usize = 64 << 20;

/// One column of a row: its text (empty when unbound) and its kind (0 unbound, then
/// whatever the caller makes of it: `export::views` uses string/integer/double/boolean).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub kind: u8,
    pub text: String,
}

pub type Row = Vec<Cell>;

/// The order of rows: the texts of all columns left to right, then their kinds.
pub fn cmp_rows(a: &Row, b: &Row) -> Ordering {
    a.iter()
        .map(|c| c.text.as_str())
        .cmp(b.iter().map(|c| c.text.as_str()))
        .then_with(|| a.iter().map(|c| c.kind).cmp(b.iter().map(|c| c.kind)))
}

fn size_of(row: &Row) -> usize {
    48 + row.iter().map(|c| 32 + c.text.len()).sum::<usize>()
}

/// Rows in, sorted rows out (as often as asked).
pub struct Spill {
    budget: usize,
    buf: Vec<Row>,
    bytes: usize,
    dir: Option<PathBuf>,
    runs: Vec<PathBuf>,
    sorted: bool,
}

impl Spill {
    pub fn new() -> Spill {
        Spill::with_budget(BUDGET)
    }

    /// A sort that writes a run every `budget` bytes of rows (a test gives a tiny budget).
    pub fn with_budget(budget: usize) -> Spill {
        Spill { budget, buf: Vec::new(), bytes: 0, dir: None, runs: Vec::new(), sorted: true }
    }

    pub fn push(&mut self, row: Row) -> io::Result<()> {
        self.bytes += size_of(&row);
        self.buf.push(row);
        self.sorted = false;
        if self.bytes > self.budget {
            self.write_run()?;
        }
        Ok(())
    }

    /// Run files written so far.
    pub fn runs(&self) -> usize {
        self.runs.len()
    }

    fn write_run(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let dir = match &self.dir {
            Some(d) => d.clone(),
            None => {
                let d = private_dir()?;
                self.dir = Some(d.clone());
                d
            }
        };
        self.buf.sort_unstable_by(cmp_rows);
        let path = dir.join(format!("run-{}", self.runs.len()));
        let mut w = BufWriter::with_capacity(1 << 16, File::create(&path)?);
        for row in self.buf.drain(..) {
            write_row(&mut w, &row)?;
        }
        w.flush()?;
        self.runs.push(path);
        self.bytes = 0;
        self.buf.shrink_to(self.buf.capacity() / 2);
        Ok(())
    }

    /// Ends the input: what is left is sorted in memory, or written as a last run when
    /// runs are on disk already.
    pub fn finish(&mut self) -> io::Result<()> {
        if self.runs.is_empty() {
            if !self.sorted {
                self.buf.sort_unstable_by(cmp_rows);
                self.sorted = true;
            }
            Ok(())
        } else {
            self.write_run()
        }
    }

    /// Calls `f` with every row in order ([`Spill::finish`] first).
    pub fn for_each(&self, mut f: impl FnMut(&Row) -> io::Result<()>) -> io::Result<()> {
        if self.runs.is_empty() {
            assert!(self.sorted, "Spill::finish before reading");
            for r in &self.buf {
                f(r)?;
            }
            return Ok(());
        }
        assert!(self.buf.is_empty(), "Spill::finish before reading");
        let mut readers = Vec::with_capacity(self.runs.len());
        let mut heap = BinaryHeap::with_capacity(self.runs.len());
        for (i, p) in self.runs.iter().enumerate() {
            let mut r = BufReader::with_capacity(1 << 16, File::open(p)?);
            if let Some(row) = read_row(&mut r)? {
                heap.push(Head { row, run: i });
            }
            readers.push(r);
        }
        while let Some(Head { row, run }) = heap.pop() {
            f(&row)?;
            if let Some(next) = read_row(&mut readers[run])? {
                heap.push(Head { row: next, run });
            }
        }
        Ok(())
    }
}

impl Default for Spill {
    fn default() -> Self {
        Spill::new()
    }
}

impl Drop for Spill {
    fn drop(&mut self) {
        if let Some(d) = &self.dir {
            let _ = std::fs::remove_dir_all(d);
        }
    }
}

/// A new folder of this process under the temporary folder (`TMPDIR`).
fn private_dir() -> io::Result<PathBuf> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
    let d = std::env::temp_dir().join(format!("newsgraph-sort-{}-{}-{nanos}", std::process::id(), N.fetch_add(1, Ordering::Relaxed)));
    std::fs::create_dir(&d)?;
    Ok(d)
}

/// The smallest row first out of the heap; equal rows in run order.
struct Head {
    row: Row,
    run: usize,
}

impl Ord for Head {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp_rows(&other.row, &self.row).then_with(|| other.run.cmp(&self.run))
    }
}
impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl PartialEq for Head {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Head {}

/// A row on disk: its number of cells, then per cell the kind, the text's length and the text.
fn write_row(w: &mut impl Write, row: &Row) -> io::Result<()> {
    w.write_all(&(row.len() as u32).to_le_bytes())?;
    for c in row {
        w.write_all(&[c.kind])?;
        w.write_all(&(c.text.len() as u32).to_le_bytes())?;
        w.write_all(c.text.as_bytes())?;
    }
    Ok(())
}

fn read_row(r: &mut impl Read) -> io::Result<Option<Row>> {
    let mut n = [0u8; 4];
    match r.read_exact(&mut n) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let n = u32::from_le_bytes(n) as usize;
    let mut row = Vec::with_capacity(n);
    for _ in 0..n {
        let mut head = [0u8; 5];
        r.read_exact(&mut head)?;
        let len = u32::from_le_bytes([head[1], head[2], head[3], head[4]]) as usize;
        let mut text = vec![0u8; len];
        r.read_exact(&mut text)?;
        let text = String::from_utf8(text).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        row.push(Cell { kind: head[0], text });
    }
    Ok(Some(row))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(a: &str, k: u8, b: &str) -> Row {
        vec![Cell { kind: 1, text: a.into() }, Cell { kind: k, text: b.into() }]
    }

    fn all(s: &Spill) -> Vec<Row> {
        let mut out = Vec::new();
        s.for_each(|r| {
            out.push(r.clone());
            Ok(())
        })
        .unwrap();
        out
    }

    #[test]
    fn runs_on_disk_merge_to_the_order_in_memory() {
        // rows in a scrambled order, some equal, some differing only in a kind, some texts
        // that are prefixes of others and not ASCII
        let mut rows = Vec::new();
        for i in 0..500u32 {
            let j = (i * 7919) % 500;
            rows.push(row(&format!("s{}", j % 37), (j % 3) as u8, &format!("t{}é", j % 11)));
            rows.push(row(&format!("s{}", j % 37), 1, ""));
        }
        let mut mem = Spill::new();
        let mut disk = Spill::with_budget(1000);
        for r in &rows {
            mem.push(r.clone()).unwrap();
            disk.push(r.clone()).unwrap();
        }
        mem.finish().unwrap();
        disk.finish().unwrap();
        assert_eq!(mem.runs(), 0);
        assert!(disk.runs() > 10, "{} runs", disk.runs());
        let (a, b) = (all(&mem), all(&disk));
        assert_eq!(a.len(), rows.len());
        assert_eq!(a, b);
        assert!(a.windows(2).all(|w| cmp_rows(&w[0], &w[1]) != Ordering::Greater));
        // read twice, the same rows; the folder goes with the sort
        assert_eq!(all(&disk), b);
        let dir = disk.dir.clone().unwrap();
        assert!(dir.exists());
        drop(disk);
        assert!(!dir.exists());
    }
}
