def report = new File(basedir, "target/claimcheck/report.json")
assert report.isFile() : "report.json was not written"
assert report.text.contains('"findings" : [ ]') || !report.text.contains('"severity" : "error"')
def log = new File(basedir, "build.log").text
assert log.contains("claimcheck: 2 articles")
