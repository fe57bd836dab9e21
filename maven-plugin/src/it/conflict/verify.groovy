def dir = new File(basedir, "target/claimcheck")
assert new File(dir, "report.json").isFile()
assert new File(dir, "report.sarif").isFile() : "SARIF report missing"
assert new File(dir, "report.html").isFile()
assert new File(dir, "report.md").isFile()
assert new File(dir, "report.sarif").text.contains('"ruleId" : "numeric-mismatch"')
def log = new File(basedir, "build.log").text
assert log.contains("claimcheck: 2 articles")
assert log.contains("(1 at or above error)")
