// NER tagger: an averaged-perceptron sequence tagger (BIO tags for PER/ORG/LOC/MISC) over docket
// tokens. Features are hashed into a fixed table; the trained model is a lexicon file
// (entities/ner_model.tsv).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "docket/result.hpp"
#include "docket/tokenizer.hpp"

namespace docket {
struct LexiconFile;
}

namespace docket::ner {

// IOB2 tags; B_x = 2*type-1, I_x = 2*type.
enum Tag : uint8_t { O = 0, B_PER, I_PER, B_ORG, I_ORG, B_LOC, I_LOC, B_MISC, I_MISC };
inline constexpr int kTags = 9;
inline constexpr int kTypes = 5;  // none, PER, ORG, LOC, MISC
[[nodiscard]] constexpr int type_of(uint8_t tag) {
  return (tag + 1) / 2;
}
[[nodiscard]] constexpr bool is_begin(uint8_t tag) {
  return tag % 2 == 1;
}

// Where the tagger's context windows break: a new line, or a new sentence unless the break
// follows an initial ("C. Lewis", which ICU splits after "C.").
bool segment_start(const Document& doc, size_t i);

// Per token: 1 when its line is written in headline case (ALL CAPS, or Title Case for most long
// words), where capitals say little about names.
std::vector<uint8_t> headline_case(const Document& doc);

// Word-list memberships a token can have (given name, country, ...): bit flags by lower-cased word.
struct Gazetteer {
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> flags;
  [[nodiscard]] uint32_t lookup(std::string_view lower) const {
    auto it = flags.find(lower);
    return it == flags.end() ? 0u : it->second;
  }
};

// Weights of the hashed features, one row of kTags per bucket.
struct Model {
  uint32_t bits = 0;
  std::vector<float> weights;  // (1 << bits) * kTags
  [[nodiscard]] bool empty() const { return weights.empty(); }
};

// Reads a model written by write_model from its lexicon file.
Result<Model> read_model(const LexiconFile& f);
// The model as lexicon-file text: weights quantised to int8, hex encoded. `header` goes first
// (comments).
std::string write_model(const Model& m, std::string_view header);

// The hashed features of every token of a document that do not depend on tags.
class Features {
 public:
  Features(const Document& doc, const Gazetteer& gaz, uint32_t bits);
  [[nodiscard]] const uint32_t* begin(size_t token) const {
    return buckets_.data() + offsets_[token];
  }
  [[nodiscard]] const uint32_t* end(size_t token) const {
    return buckets_.data() + offsets_[token + 1];
  }
  [[nodiscard]] uint64_t word_key(size_t token) const { return word_keys_[token]; }
  [[nodiscard]] bool capitalised(size_t token) const { return caps_[token] != 0; }

 private:
  std::vector<uint32_t> buckets_;
  std::vector<uint32_t> offsets_;
  std::vector<uint64_t> word_keys_;
  std::vector<uint8_t> caps_;
};

// Tags every token of the document (greedy, left to right, IOB2 kept valid).
std::vector<uint8_t> tag(const Document& doc, const Gazetteer& gaz, const Model& model);

// Averaged-perceptron training over documents with gold IOB2 tags per token.
class Trainer {
 public:
  explicit Trainer(uint32_t bits);
  // One pass over one document; returns the number of tokens tagged wrongly.
  size_t learn(const Document& doc, const std::vector<uint8_t>& gold, const Gazetteer& gaz);
  [[nodiscard]] Model averaged() const;
  [[nodiscard]] const Model& current() const { return model_; }

 private:
  Model model_;
  std::vector<float> totals_;
  std::vector<uint32_t> stamps_;
  uint32_t clock_ = 0;
};

}  // namespace docket::ner
