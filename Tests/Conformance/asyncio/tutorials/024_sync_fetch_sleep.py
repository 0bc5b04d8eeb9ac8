# rule: tutorial equivalent (seed 004, synchronous version): simulated requests with time.sleep run back to back; requests is imported but unused
# record-env: PYTHONPATH=standins
import time
import requests


def load_page(link):
    """Pretend to download a page (synchronous)."""
    print(f"Start loading: {link}")
    time.sleep(0.2)
    print(f"Finished loading: {link}")
    return f"Page {link} content"


def run_sync():
    links = ['https://site.example/a', 'https://site.example/b', 'https://site.example/c']
    pages = []

    begin = time.time()

    for link in links:
        page = load_page(link)
        pages.append(page)

    finish = time.time()

    print(f"Synchronous run took {finish - begin:.1f} seconds")
    print(f"Pages: {pages}")

if __name__ == "__main__":
    run_sync()
