"""The users of bench/load.py (a locust file: `bench/load.py` runs it; it is not meant to be run alone).

Three kinds of user, in the proportions of `weight`:

- Visitor: an anonymous citizen on the public pages (home, themes, engagements, territories, indicators,
  committees, decisions, open data), one page every 1 to 3 s;
- ApiClient: a data user of the open-data API, one call every 1 to 3 s;
- Partner: a partner signed in with a demo account (DESIGN §7; password `demo`) who, like the browser, opens the
  values grid of an engagement, clicks a cell (htmx GET of the grid fragment with the cell's form), saves the value
  (htmx POST with the form's CSRF token and the `X-CSRFToken` header that `hx-headers` carries), and now and then
  saves a progress report; every 2 to 5 s. Each Partner keeps to cells no other Partner edits, so a 409 (the
  optimistic lock) is an error here, never an expected outcome.

Every request is named by its kind (the `name` of locust's statistics) and checked: a wrong status or a page
without the expected confirmation is a failure whose message names the kind of error.
"""

import itertools
import json
import os
import random
import re

from locust import HttpUser, between, task

PUBLIC_PAGES = [
    "/",
    "/engagements/",
    "/engagements/E{n:02d}/",
    "/enjeux/T{t}/",
    "/territoires/32/",
    "/territoires/59/",
    "/territoires/62/",
    "/indicateurs/IND-APPR-ENTREES/",
    "/indicateurs/IND-PRO-CONTRATS/",
    "/comites/",
    "/comites/CDE-59/",
    "/decisions/",
    "/donnees/",
    "/donnees/methode/",
]
API_CALLS = [
    "/api/v1/themes",
    "/api/v1/engagements",
    "/api/v1/engagements/E{n:02d}",
    "/api/v1/indicators",
    "/api/v1/indicators/IND-APPR-ENTREES/values?territory=59",
    "/api/v1/progress?territory=32",
    "/api/v1/committees",
    "/api/v1/decisions",
]
# The France Travail pilot, and one Partner in five the mission locale (a contributor). bench/load.py passes, in
# LOAD_CELLS, each account's (engagement, territory) pairs that have values in the grid's six months.
PILOT, CONTRIBUTOR = "partenaire@demo.test", "mission-locale@demo.test"
CELLS = json.loads(os.environ.get("LOAD_CELLS", "{}"))
HX_CSRF = re.compile(r"hx-headers='(\{[^']*\})'")
FORM_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
TERRITORY_OPTION = re.compile(r'<option value="([^"]+)"')
EDIT_LINK = re.compile(r"indicateur=([A-Z0-9-]+)&amp;periode=(\d{4}-\d{2})\"[^>]*>\s*Modifier")
REPORT_TERRITORIES = re.compile(r'<select name="territory"[^>]*>(.*?)</select>', re.S)
HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)"')
INPUT_VALUE = re.compile(r'name="(value|base|note)"[^>]*?value="([^"]*)"', re.S)

_partner_numbers = itertools.count()
_ranks = {PILOT: itertools.count(), CONTRIBUTOR: itertools.count()}


def _fill(path: str) -> str:
    return path.format(n=random.randint(1, 23), t=random.randint(1, 4))


class Visitor(HttpUser):
    weight = 6
    wait_time = between(1, 3)

    @task
    def public_page(self) -> None:
        path = _fill(random.choice(PUBLIC_PAGES))
        with self.client.get(path, name="public page", catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"public page: HTTP {response.status_code}")


class ApiClient(HttpUser):
    weight = 2
    wait_time = between(1, 3)

    @task
    def api_call(self) -> None:
        path = _fill(random.choice(API_CALLS))
        with self.client.get(path, name="API", catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"API: HTTP {response.status_code}")
            elif not response.headers.get("Content-Type", "").startswith("application/json"):
                response.failure("API: not JSON")


class Partner(HttpUser):
    weight = 2
    wait_time = between(2, 5)

    def on_start(self) -> None:
        self.account = CONTRIBUTOR if next(_partner_numbers) % 5 == 4 else PILOT
        self.rank = next(_ranks[self.account])  # the how-manieth user of this account: picks its own cells
        self.origin = self.host.rstrip("/")
        self.csrf = ""
        page = self.client.get("/comptes/connexion/", name="login", headers=self.cookie()).text
        form = {
            "csrfmiddlewaretoken": FORM_CSRF.search(page)[1],
            "username": self.account,
            "password": "demo",
            "next": "",
        }
        with self.client.post(
            "/comptes/connexion/",
            data=form,
            name="login",
            allow_redirects=False,
            headers={**self.cookie(), "Origin": self.origin, "Referer": f"{self.origin}/comptes/connexion/"},
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"login: HTTP {response.status_code}")
                raise RuntimeError(f"{self.account} could not sign in")
        self.page("/espace/", "workspace page")
        cells = CELLS.get(self.account)
        if not cells:
            raise RuntimeError(f"no cell for {self.account} in LOAD_CELLS")
        self.engagement, self.territory = cells[self.rank % len(cells)]

    def cookie(self) -> dict[str, str]:
        """With DEBUG=false the session and CSRF cookies are Secure: Chromium sends them to http://127.0.0.1 (a
        loopback origin counts as secure), Python's cookie jar only over https. So the header is written here."""
        return {"Cookie": "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.client.cookies)}

    def page(self, path: str, name: str, htmx: bool = False) -> str:
        headers = self.cookie()
        if htmx:
            headers.update({"HX-Request": "true", "HX-Current-URL": f"{self.origin}{path}"})
        with self.client.get(path, name=name, headers=headers, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"{name}: HTTP {response.status_code}")
                return ""
            if match := HX_CSRF.search(response.text):
                self.csrf = json.loads(match[1])["X-CSRFToken"]
            return response.text

    def post(self, path: str, form: dict, name: str, expected: tuple[str, ...]) -> None:
        headers = {
            **self.cookie(),
            "HX-Request": "true",
            "HX-Current-URL": f"{self.origin}{path}",
            "X-CSRFToken": self.csrf,
            "Origin": self.origin,
            "Referer": f"{self.origin}{path}",
        }
        with self.client.post(path, data=form, name=name, headers=headers, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"{name}: HTTP {response.status_code}")
            elif not any(text in response.text for text in expected):
                response.failure(f"{name}: no confirmation in the answer")

    @task(4)
    def save_value(self) -> None:
        grid_path = f"/espace/engagements/{self.engagement}/valeurs/?territoire={self.territory}"
        grid = self.page(grid_path, "workspace page")
        cells = EDIT_LINK.findall(grid)
        if not cells:
            return
        indicator, period = random.choice(cells)
        fragment = self.page(f"{grid_path}&indicateur={indicator}&periode={period}", "cell form", htmx=True)
        form = dict(HIDDEN.findall(fragment))
        form.update(INPUT_VALUE.findall(fragment))
        if "version" not in form or "value" not in form:
            return
        form["note"] = f"Charge {random.randint(1, 10**9)}"
        self.post(
            f"/espace/engagements/{self.engagement}/valeurs/saisie/",
            form,
            "save value",
            ("Valeur enregistrée", "Valeur proposée"),
        )

    @task(1)
    def save_report(self) -> None:
        path = f"/espace/engagements/{self.engagement}/"
        page = self.page(path, "workspace page")
        select = REPORT_TERRITORIES.search(page)
        territories = TERRITORY_OPTION.findall(select[1]) if select else []
        if not territories:
            return
        form = {
            "territory": self.territory if self.territory in territories else territories[0],
            "weather": random.choice(["soleil", "couvert", "nuage", "orage"]),
            "declared_percent": random.randint(0, 100),
            "narrative": "Point d'étape (banc de charge).",
        }
        self.post(f"{path}compte-rendu/", form, "save report", ("Compte rendu enregistré",))
