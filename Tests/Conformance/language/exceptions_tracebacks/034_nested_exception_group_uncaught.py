# rule: nested ExceptionGroups print nested boxes with +---------------- separators
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    raise TypeError(f"task {n} got bad input")

def run_all():
    errors = []
    for batch in ([1, 2], [3]):
        batch_errors = []
        for n in batch:
            try:
                task(n)
            except Exception as e:
                batch_errors.append(e)
        errors.append(ExceptionGroup(f"batch {batch}", batch_errors))
    raise ExceptionGroup("all batches", errors)

run_all()
