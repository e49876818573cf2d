// Trains the NER tagger's averaged perceptron on CoNLL-2003 files and writes
// lexicons/entities/ner_model.tsv. Usage: docket_train_ner OUT.tsv ITERATIONS BITS TRAIN.conll
// [MORE.conll ...] Each CoNLL document becomes text the way eval/ner.py builds it (tokens joined by
// spaces, one sentence per line), is tokenized by docket's own tokenizer, and gold tags are carried
// over to docket's tokens, so training sees exactly what the analyzer sees at run time.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "docket/entities.hpp"
#include "docket/entities/lexicon.hpp"
#include "docket/entities/tagger.hpp"
#include "docket/lexicons.hpp"
#include "docket/tokenizer.hpp"
#include "docket/utf8.hpp"

namespace {

struct ConllDoc {
  std::string text;
  std::vector<uint32_t> tok_begin, tok_end;  // code points, per CoNLL token
  std::vector<uint8_t> tags;                 // IOB2 per CoNLL token
};

uint8_t type_index(const std::string& t) {
  if (t == "PER") return 1;
  if (t == "ORG") return 2;
  if (t == "LOC") return 3;
  return 4;
}

std::vector<ConllDoc> read_conll(const std::string& path) {
  std::ifstream in(path);
  std::vector<ConllDoc> docs;
  ConllDoc cur;
  uint32_t cp = 0;
  bool line_open = false;
  std::string prev_type;  // IOB1 -> IOB2
  auto end_sentence = [&] {
    if (line_open) {
      cur.text += '\n';
      ++cp;
    }
    line_open = false;
    prev_type.clear();
  };
  auto end_doc = [&] {
    end_sentence();
    if (!cur.tags.empty()) docs.push_back(std::move(cur));
    cur = ConllDoc{};
    cp = 0;
  };
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    std::vector<std::string> parts;
    for (std::string p; ls >> p;) parts.push_back(p);
    if (parts.empty()) {
      end_sentence();
      continue;
    }
    if (parts[0] == "-DOCSTART-") {
      end_doc();
      continue;
    }
    if (line_open) {
      cur.text += ' ';
      ++cp;
    }
    line_open = true;
    const std::string& word = parts[0];
    const std::string& ne = parts.back();
    cur.tok_begin.push_back(cp);
    cur.text += word;
    cp += static_cast<uint32_t>(docket::utf8::count_code_points(word));
    cur.tok_end.push_back(cp);
    uint8_t tag = 0;
    if (ne != "O") {
      const std::string type = ne.substr(2);
      const uint8_t ti = type_index(type);
      const bool begins = ne[0] == 'B' || type != prev_type;
      tag = static_cast<uint8_t>(begins ? 2 * ti - 1 : 2 * ti);
      prev_type = type;
    } else {
      prev_type.clear();
    }
    cur.tags.push_back(tag);
  }
  end_doc();
  return docs;
}

struct Example {
  std::string text;
  docket::Document doc;
  std::vector<uint8_t> gold;
};

// Gold tag of each docket token: that of the CoNLL token holding its first character.
std::vector<uint8_t> project(const ConllDoc& c, const docket::Document& doc) {
  std::vector<uint8_t> out(doc.tokens.size(), 0);
  size_t k = 0;
  int32_t last_conll = -1;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const uint32_t b = doc.tokens[i].span.begin;
    while (k < c.tok_end.size() && c.tok_end[k] <= b) ++k;
    if (k == c.tok_end.size() || c.tok_begin[k] > b) continue;
    uint8_t t = c.tags[k];
    if (t != 0 && docket::ner::is_begin(t) && static_cast<int32_t>(k) == last_conll)
      ++t;  // same CoNLL token: inside
    if (t != 0 && !docket::ner::is_begin(t) && (i == 0 || out[i - 1] == 0))
      --t;  // a split token re-begins
    out[i] = t;
    last_conll = static_cast<int32_t>(k);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::cerr << "usage: docket_train_ner OUT.tsv ITERATIONS BITS TRAIN.conll [MORE.conll ...]\n";
    return 2;
  }
  const std::string out_path = argv[1];
  const int iterations = std::atoi(argv[2]);
  const auto bits = static_cast<uint32_t>(std::atoi(argv[3]));
  auto lex = docket::Lexicons::load();
  if (!lex) {
    std::cerr << lex.error().message << "\n";
    return 1;
  }
  const docket::ner::Gazetteer& gaz = lex->entities().tables->gazetteer;
  docket::Tokenizer tokenizer;
  std::vector<std::unique_ptr<Example>> examples;
  std::string sources;
  for (int a = 4; a < argc; ++a) {
    sources += std::string(a > 4 ? " " : "") + argv[a];
    for (ConllDoc& c : read_conll(argv[a])) {
      auto ex = std::make_unique<Example>();
      ex->text = std::move(c.text);
      ex->doc = tokenizer.tokenize(ex->text, &lex->tokenizer());
      c.text.clear();
      ex->gold = project(c, ex->doc);
      examples.push_back(std::move(ex));
    }
  }
  std::cerr << examples.size() << " documents\n";
  docket::ner::Trainer trainer(bits);
  std::mt19937 rng(20200920);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  for (int it = 0; it < iterations; ++it) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t wrong = 0, total = 0;
    for (size_t i : order) {
      wrong += trainer.learn(examples[i]->doc, examples[i]->gold, gaz);
      total += examples[i]->gold.size();
    }
    std::cerr << "iteration " << it + 1 << ": " << wrong << " of " << total << " tokens wrong\n";
  }
  const std::string header =
      "# NER tagger model: averaged-perceptron weights of hashed token features "
      "(src/entities/tagger.cpp),\n"
      "# one row of 9 IOB2 tags (O, B/I-PER, B/I-ORG, B/I-LOC, B/I-MISC) per bucket, int8 times "
      "`scale`, hex.\n"
      "# Made by: build/docket_train_ner lexicons/entities/ner_model.tsv " +
      std::to_string(iterations) + " " + std::to_string(bits) + " " + sources +
      "\n# Data: CoNLL-2003 English training set (Reuters 1996, IOB1), "
      "../shared/corpora/conll2003/eng.train.\n"
      "# Retrain after changing the feature code or the gazetteer lists "
      "(entities/gazetteer_*.tsv).\n";
  const docket::ner::Model avg = trainer.averaged();
  const std::string text = docket::ner::write_model(avg, header);
  std::ofstream(out_path, std::ios::binary) << text;
  // how much quantisation costs, on the training documents themselves
  auto parsed = docket::parse_lexicon("entities/ner_model.tsv", out_path, text);
  auto back = parsed ? docket::ner::read_model(*parsed)
                     : docket::Result<docket::ner::Model>(parsed.error());
  if (!back) {
    std::cerr << back.error().message << "\n";
    return 1;
  }
  size_t wrong_avg = 0, wrong_q = 0, total = 0;
  for (size_t i = 0; i < std::min<size_t>(examples.size(), 200); ++i) {
    const auto a = docket::ner::tag(examples[i]->doc, gaz, avg);
    const auto q = docket::ner::tag(examples[i]->doc, gaz, *back);
    for (size_t k = 0; k < a.size(); ++k) {
      wrong_avg += a[k] != examples[i]->gold[k];
      wrong_q += q[k] != examples[i]->gold[k];
    }
    total += a.size();
  }
  std::cerr << "training tokens wrong: averaged " << wrong_avg << ", quantised " << wrong_q
            << " of " << total << "\n";
  std::cerr << "wrote " << out_path << "\n";
  return 0;
}
