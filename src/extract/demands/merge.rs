//! The passes that join or drop demands read twice: overlapping readings by one demander, a
//! warning and the condition inside it, one thing asked from two evidences.

use super::*;

/// Sorted by evidence, and a demand whose thing asked overlaps one kept before by the same demander
/// is dropped.
pub(super) fn read_twice(mut out: Vec<Demand>) -> Vec<Demand> {
    out.sort_by_key(|d| (d.evidence.start, d.what.start));
    // (not only neighbours: "… said ministers must “…” and insisted that levels should …"
    // gives a demand for "must" between the two readings of the second clause)
    let mut kept: Vec<Demand> = Vec::with_capacity(out.len());
    for d in out {
        if !kept.iter().any(|k| k.what.overlaps(d.what) && k.by == d.by) {
            kept.push(d);
        }
    }
    kept
}

/// A warning and the condition inside it that ask the same thing are one demand.
/// ("X warned that Norway would close its border unless Sweden handed over …": the warning
/// and the condition inside it ask the same thing; one demand, not two (the store keeps one
/// node per thing asked, and two demanders on it gave four rows). The condition's subject
/// threatens, unless the one it names as asked is the warner ("The EU warned that Russia
/// would face sanctions unless it withdrew": the EU asks Russia)
pub(super) fn warning_and_its_condition(out: &mut Vec<Demand>) {
    let mut drop = vec![false; out.len()];
    for i in 0..out.len() {
        if out[i].cue != "unless" {
            continue;
        }
        let Some(o) = (0..out.len()).find(|&o| o != i && !drop[o] && out[o].what == out[i].what && out[o].by != out[i].by && out[o].evidence.start < out[i].evidence.start && out[o].evidence.end >= out[i].evidence.end) else { continue };
        // (a condition the speaker is given for want of one who threatens, "warned that
        // Washington could widen its tariffs unless …", yields to the warning that holds it)
        if out[i].of == Some(out[o].by) {
            out[o].of = Some(out[i].by);
            drop[i] = true;
        } else if out[i].kind == DemandKind::Condition {
            drop[i] = true;
        } else {
            drop[o] = true;
        }
    }
    let mut flags = drop.into_iter();
    out.retain(|_| !flags.next().unwrap_or(false));
}

/// One thing asked from two evidences: the one read from the narrower evidence is kept.
/// (one thing asked read from two evidences, neither an "unless" inside the other's
/// warning: the store keeps one node per thing asked, and two demanders and two evidences
/// on it gave four rows; the one read from the narrower evidence is kept. Demanders joined
/// in one evidence, "Britain, France and Germany warned … unless …", stay each)
pub(super) fn one_thing_two_evidences(out: &mut Vec<Demand>) {
    if out.len() > 1 {
        let mut drop = vec![false; out.len()];
        for i in 0..out.len() {
            for o in i + 1..out.len() {
                if out[o].what == out[i].what && out[o].evidence != out[i].evidence && !drop[i] && !drop[o] {
                    if out[o].evidence.len() < out[i].evidence.len() { drop[i] = true } else { drop[o] = true }
                }
            }
        }
        let mut flags = drop.into_iter();
        out.retain(|_| !flags.next().unwrap_or(false));
    }
}
