# rule: tutorial equivalent (seed 002, %time, sync crawler): sequential requests.get for a listing and each film page; string parsing stands in for bs4
# record-env: PYTHONPATH=standins LOOPLAB_NETWORK_TABLE=019_movie_crawler_sync.network.json
# looplab: --network 019_movie_crawler_sync.network.json
import requests


def between(text, start, end):
    """Every substring of text that sits between start and end."""
    found = []
    for piece in text.split(start)[1:]:
        found.append(piece.split(end)[0])
    return found


def main():
    listing_url = "https://films.example/upcoming/springfield"
    listing = requests.get(listing_url).content.decode()
    soon = listing.split('<div id="showing-soon">')[1]
    for item in soon.split('<div class="item">')[1:]:
        links = between(item, '<a href="', '</a>')
        dates = between(item, '<li>', '</li>')
        film_url, film_name = links[1].split('">')
        film_date = dates[0]
        film_page = requests.get(film_url).content.decode()
        poster = between(film_page, '<img src="', '"')[0]
        print('{} {} {}'.format(film_name, film_date, poster))


main()
