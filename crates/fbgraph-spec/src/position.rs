//! Maps JSON pointers (`/calls/1/params/5/type`) to the line:col where the value starts.
//!
//! serde_json keeps no positions in its values, so the validator's findings are located by
//! scanning the text once more. The text has already been parsed by serde_json, so the
//! scanner can be lenient: it only needs to find where values start.

use std::collections::HashMap;

/// Where each value of a JSON document starts, by JSON pointer.
#[derive(Debug, Default)]
pub struct Positions {
    map: HashMap<String, (usize, usize)>,
}

impl Positions {
    /// Scans `text` (JSON that serde_json has parsed) for where each value starts.
    pub fn of(text: &str) -> Positions {
        let mut scanner = Scanner {
            bytes: text.as_bytes(),
            at: 0,
            line: 1,
            line_start: 0,
            out: HashMap::new(),
        };
        scanner.value(String::new(), 0);
        Positions { map: scanner.out }
    }

    /// The 1-based line and column of the value at `pointer`, or of its nearest ancestor.
    pub fn find(&self, pointer: &str) -> Option<(usize, usize)> {
        let mut p = pointer;
        loop {
            if let Some(pos) = self.map.get(p) {
                return Some(*pos);
            }
            p = &p[..p.rfind('/')?];
        }
    }
}

struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
    line: usize,
    line_start: usize,
    out: HashMap<String, (usize, usize)>,
}

const MAX_DEPTH: usize = 128;

impl Scanner<'_> {
    fn skip_ws(&mut self) {
        while let Some(&b) = self.bytes.get(self.at) {
            match b {
                b'\n' => {
                    self.at += 1;
                    self.line += 1;
                    self.line_start = self.at;
                }
                b' ' | b'\t' | b'\r' => self.at += 1,
                _ => break,
            }
        }
    }

    fn column(&self) -> usize {
        // Columns count characters, not bytes, as editors do.
        String::from_utf8_lossy(&self.bytes[self.line_start..self.at])
            .chars()
            .count()
            + 1
    }

    fn value(&mut self, pointer: String, depth: usize) {
        self.skip_ws();
        let here = (self.line, self.column());
        self.out.entry(pointer.clone()).or_insert(here);
        if depth > MAX_DEPTH {
            return;
        }
        match self.bytes.get(self.at) {
            Some(b'{') => {
                self.at += 1;
                loop {
                    self.skip_ws();
                    match self.bytes.get(self.at) {
                        Some(b'"') => {
                            let key = self.string();
                            self.skip_ws();
                            if self.bytes.get(self.at) == Some(&b':') {
                                self.at += 1;
                            }
                            let escaped = key.replace('~', "~0").replace('/', "~1");
                            self.value(format!("{pointer}/{escaped}"), depth + 1);
                        }
                        Some(b',') => self.at += 1,
                        Some(b'}') => {
                            self.at += 1;
                            return;
                        }
                        _ => return,
                    }
                }
            }
            Some(b'[') => {
                self.at += 1;
                let mut index = 0;
                loop {
                    self.skip_ws();
                    match self.bytes.get(self.at) {
                        Some(b']') => {
                            self.at += 1;
                            return;
                        }
                        Some(b',') => self.at += 1,
                        Some(_) => {
                            self.value(format!("{pointer}/{index}"), depth + 1);
                            index += 1;
                        }
                        None => return,
                    }
                }
            }
            Some(b'"') => {
                self.string();
            }
            Some(_) => {
                while let Some(&b) = self.bytes.get(self.at) {
                    if matches!(b, b',' | b'}' | b']') || b.is_ascii_whitespace() {
                        break;
                    }
                    self.at += 1;
                }
            }
            None => {}
        }
    }

    /// Reads a string starting at `"`, returning its content with simple escapes undone.
    fn string(&mut self) -> String {
        self.at += 1;
        let start = self.at;
        let mut escaped = false;
        while let Some(&b) = self.bytes.get(self.at) {
            self.at += 1;
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                let raw = &self.bytes[start..self.at - 1];
                let raw = String::from_utf8_lossy(raw);
                return serde_json::from_str(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.into());
            }
        }
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values_by_pointer() {
        let text = "{\n  \"calls\": [\n    {\"name\": \"A\", \"params\": [ {\"type\": \"x\"} ]}\n  ],\n  \"é\": 1\n}";
        let p = Positions::of(text);
        assert_eq!(p.find(""), Some((1, 1)));
        assert_eq!(p.find("/calls"), Some((2, 12)));
        assert_eq!(p.find("/calls/0/name"), Some((3, 14)));
        assert_eq!(p.find("/calls/0/params/0/type"), Some((3, 40)));
        assert_eq!(p.find("/é"), Some((5, 8)));
        // An unknown pointer falls back to its nearest known ancestor.
        assert_eq!(p.find("/calls/0/params/7/doc"), Some((3, 29)));
    }
}
