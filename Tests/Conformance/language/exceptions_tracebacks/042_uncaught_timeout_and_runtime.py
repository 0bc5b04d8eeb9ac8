# rule: builtin TimeoutError, RuntimeError and NotImplementedError raised from code, chained through handlers
def fetch(url, budget):
    if budget < 1:
        raise TimeoutError(f"fetching {url} took longer than {budget} s")
    return f"<html from {url}>"

def fetch_all(urls):
    pages = []
    for url, budget in urls:
        try:
            pages.append(fetch(url, budget))
        except TimeoutError as e:
            raise RuntimeError(f"giving up after {len(pages)} page(s)") from e
    return pages

print(fetch_all([("a.example", 2)]))
fetch_all([("a.example", 2), ("b.example", 0.5)])
