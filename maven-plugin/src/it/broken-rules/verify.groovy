def log = new File(basedir, "build.log").text
assert log.contains("claimcheck-rules.yml:3: invalid rules file at key 'rules.numbers-mismatch': unknown rule 'numbers-mismatch'")
