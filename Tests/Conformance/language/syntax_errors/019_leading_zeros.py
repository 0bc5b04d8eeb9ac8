# rule: decimal literals with leading zeros are rejected with a hint about 0o
mode = 0755
