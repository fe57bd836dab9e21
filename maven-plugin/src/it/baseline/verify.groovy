def log = new File(basedir, "build.log").text
assert log.contains("claimcheck: 2 articles")
assert log.contains("0 findings")
