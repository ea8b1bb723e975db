#!/usr/bin/env python3
"""Shows that each defect of issue 21's review has a test that fails while the defect is there.

For each defect: a throwaway copy of the working tree (target/ included, so nothing is
downloaded), the defect put back by a small textual change to the code (the mutation below), then
the defect's test run alone (mvn -o test-compile surefire:test -Dtest=...). The check passes when
that test fails (counted in Surefire's reports: the pom lets Surefire go on past a failure
and fails the build later), and fails when the test still passes or the mutated code does not compile. A
last run with no mutation shows the same tests pass on the code as it is.

    scripts/defect-checks.py              # every defect, about 15 minutes on 2 cores
    scripts/defect-checks.py 1 8e         # some of them
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
from xml.etree import ElementTree

ROOT = pathlib.Path(__file__).resolve().parent.parent
MAIN = "src/main/java/org/claimcheck/"
TEST = "src/test/java/org/claimcheck/"

# item, what the defect was, the test that must fail, and the change that puts the defect back:
# (file, text, replacement); the text must occur exactly once
DEFECTS = [
    ("0", "LAB4-PARAM-GROUPS trains 400 updates (5 epochs) instead of the lab's 3 000", "LabLengthTest",
     [(TEST + "claims/Lab4OptimizersTest.java",
       'GROUP_RUNS.put("hidden-5e-4_output-1e-3", mlp().optimizer(Optimizer.SGD).learningRate(0.1).momentum(0.9).weightDecay(5e-4, 1e-3)\n'
       '                .batch(100, 38).maxSteps(LAB_STEPS));',
       'GROUP_RUNS.put("hidden-5e-4_output-1e-3", mlp().optimizer(Optimizer.SGD).learningRate(0.1).momentum(0.9).weightDecay(5e-4, 1e-3)\n'
       '                .batch(100, 5));')]),
    ("1", "a recorded verdict silences every finding of its case", "FindingVerdictTest",
     [(MAIN + "claims/CaseJudgement.java", "if (i != recordedIndex && !findings.get(i).holds())",
       "if (recorded.isEmpty() && !findings.get(i).holds())")]),
    ("2", "L12-PARTIAL-SEED's draws seeded from the case's display string", "DrawSeedTest",
     [(TEST + "claims/L12ReproducibilityTest.java",
       'String key = claimCase.claim().id() + "/" + claimCase.caseId() + "/" + claimCase.backend().id();',
       "String key = claimCase.toString();")]),
    ("3", "a case that broke vanishes from claims.md, results/ and the summary", "BrokenCaseKeepsItsRowTest",
     [(TEST + "junit/ClaimCheckExtension.java", "broke(thrown.get(), start);\n                return;", "return;"),
      (TEST + "junit/ClaimCheckExtension.java", "broke(e, start);\n                throw e;", "throw e;")]),
    ("4a", "the run cache keeps every run for the JVM's life", "RunLifetimesTest",
     [(TEST + "junit/RunLifetimes.java", "RunCache.clear();", "")]),
    ("4b", "the run pool's executor is never shut down", "RunLifetimesTest",
     [(TEST + "junit/RunLifetimes.java", "RunPool.shutdown();", "")]),
    ("4c", "FreshJvm's temporary folder is never deleted", "RunLifetimesTest",
     [(MAIN + "training/FreshJvm.java", "            deleteQuietly(folder);\n", "")]),
    ("5", "planted regressions judged by a copy of the band choice, not by ExpectedBands.check", "PlantedRegressionTest",
     [(MAIN + "expect/ExpectedBands.java", "boolean chaotic = rounding && !expected.stability().stable();", "boolean chaotic = false;")]),
    ("6a", "LRF-SCHED's schedule compared with a retyped copy of its own formula", "LrfTest#finderSchedule",
     [(MAIN + "model/schedule/FinderRamp.java", "Math.pow(10, (double) epoch / perDecade)", "Math.pow(10, (double) (epoch + 1) / perDecade)")]),
    ("6b", "LAB4-SCHEDULES' exponential schedule compared with a retyped copy", "Lab4UpdatesTest#schedules",
     [(MAIN + "model/schedule/Exponential.java", "initial * Math.pow(gamma, iteration)", "initial * Math.pow(gamma, iteration + 1)")]),
    ("6c", "LAB4-SCHEDULES' triangular schedule compared with a retyped copy", "Lab4UpdatesTest#schedules",
     [(MAIN + "model/schedule/Triangular.java", "return u * peak / warmupSteps;", "return (u - 1) * peak / warmupSteps;")]),
    ("7a", "the one-sided p takes its side from the median ratio", "StatisticsTest",
     [(MAIN + "claims/TimingComparison.java", "positiveRankSum(slowerSeconds, fasterSeconds) > n * (n + 1) / 4.0", "ratio > 1")]),
    ("7c", "requireAlone samples the pool only at the end of a round", "StatisticsTest",
     [(MAIN + "claims/InterleavedTimer.java", "if (!RunPool.idle() || RunPool.finished() != finishedBefore) {", "if (!RunPool.idle()) {")]),
    ("8a", "-Dclaimcheck.threads=many reaches libgomp unchecked", "SettingsTest",
     [(MAIN + "settings/Settings.java", 'value(problems, 0, () -> ompThreads(environment.get("OMP_NUM_THREADS"))),', "value(problems, 0, () -> 0),")]),
    ("8b", "-Dclaimcheck.workers=100000 accepted silently", "SettingsTest",
     [(MAIN + "training/RunPool.java", "if (n >= 1 && n <= MAX_PER_CORE * cores) {", "if (n >= 1) {")]),
    ("8c", "an expected file whose key is another arithmetic's used as this one's", "ExpectedStoreTest",
     [(MAIN + "expect/ExpectedStore.java", 'if (!name.equals(expected.key() + ".json")) {', "if (false) {")]),
    ("8d", "'format' in words, an empty file and {} all reported as \"field 'format' is -1\"", "ExpectedStoreTest",
     [(MAIN + "expect/ExpectedStore.java", "private static void checkFormat(Path file, JsonNode tree) {\n",
       "private static void checkFormat(Path file, JsonNode tree) {\n        if (tree != null) {\n            return;\n        }\n")]),
    ("8e", "-Dclaimcheck.expected.dir=/nonexistent fails each case instead of once, upfront", "SettingsTest",
     [(MAIN + "settings/Settings.java", '() -> checkedExpectedDir(recordOrOff())),', '() -> java.nio.file.Path.of("expected")),')]),
    ("8f", "a reports folder that cannot be written is found out only when the report is lost", "SettingsTest",
     [(MAIN + "settings/Settings.java", "Settings::checkedReportsDir));", "() -> java.nio.file.Path.of(\"reports\")));")]),
    ("9", "a GPU run outside the CPU's band told to pin an OpenBLAS kernel", "FindingVerdictTest",
     [(MAIN + "claims/CaseJudgement.java", "if (failed.match() == org.claimcheck.expect.ExpectedMatch.Level.OTHER_BACKEND) {", "if (false) {")]),
]


def copy_tree(to):
    ignore = shutil.ignore_patterns(".git", "reports", "surefire-reports", "arm64")
    shutil.copytree(ROOT, to, ignore=ignore, symlinks=True)


def run_tests(tree, tests):
    command = ["mvn", "-o", "-q", "test-compile", "surefire:test", "-Dtest=" + tests, "-Dsurefire.failIfNoSpecifiedTests=false",
               "-Dclaimcheck.reports=" + str(tree / "reports")]
    result = subprocess.run(command, cwd=tree, capture_output=True, text=True)
    output = result.stdout + result.stderr
    run = failed = 0
    for report in (tree / "target" / "surefire-reports").glob("TEST-*.xml"):
        suite = ElementTree.parse(report).getroot()
        run += int(suite.get("tests"))
        failed += int(suite.get("failures")) + int(suite.get("errors"))
    return run > 0, failed, output


def mutate(tree, changes):
    for file, text, replacement in changes:
        path = tree / file
        source = path.read_text()
        if source.count(text) != 1:
            raise SystemExit(f"{file}: the text to change occurs {source.count(text)} times, not once: {text!r}")
        path.write_text(source.replace(text, replacement))


def main(selected):
    defects = [d for d in DEFECTS if not selected or d[0] in selected]
    rows, broken = [], 0
    with tempfile.TemporaryDirectory(prefix="defect-checks-") as scratch:
        for item, what, tests, changes in defects:
            tree = pathlib.Path(scratch) / ("item-" + item)
            copy_tree(tree)
            mutate(tree, changes)
            start = time.time()
            compiled, failed, output = run_tests(tree, tests)
            seconds = time.time() - start
            ok = compiled and failed > 0
            verdict = "fails with the defect" if ok else ("ran no test (does it compile?)" if not compiled else "PASSES WITH THE DEFECT")
            broken += 0 if ok else 1
            rows.append((item, what, tests, verdict, failed, seconds))
            print(f"item {item}: {tests}: {verdict} ({failed} failing, {seconds:.0f} s)", flush=True)
            if not ok:
                print(output[-3000:], flush=True)
            shutil.rmtree(tree)
        tree = pathlib.Path(scratch) / "as-is"
        copy_tree(tree)
        tests = ",".join(sorted({d[2] for d in defects}))
        compiled, failed, output = run_tests(tree, tests)
        print(f"as the code is: {tests}: {'pass' if compiled and failed == 0 else 'FAIL'} ({failed} failing)", flush=True)
        if not compiled or failed:
            broken += 1
            print(output[-3000:])
    print("\n| item | defect | test | with the defect put back |\n|---|---|---|---|")
    for item, what, tests, verdict, failed, seconds in rows:
        print(f"| {item} | {what} | `{tests}` | {verdict} ({failed} failing) |")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
