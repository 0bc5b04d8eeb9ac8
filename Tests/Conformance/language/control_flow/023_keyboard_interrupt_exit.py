# rule: an uncaught KeyboardInterrupt prints a traceback and exits with status 130
def long_job():
    for step in range(3):
        print("step", step)
        if step == 2:
            raise KeyboardInterrupt
long_job()
