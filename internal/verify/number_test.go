package verify

import "testing"

func TestNumbers(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		value float64
		unit  string
	}{
		{"plain", "about 40,000 staff", 40000, ""},
		{"decimal", "inflation of 6.1 percent", 6.1, "%"},
		{"sign", "a 4% offer", 4, "%"},
		{"per cent", "4 per cent", 4, "%"},
		{"short scale", "5m people", 5e6, ""},
		{"long scale", "5 million people", 5e6, ""},
		{"dollars bn", "$4.2bn", 4.2e9, "$"},
		{"dollars words", "4.2 billion dollars", 4.2e9, "$"},
		{"pounds attached", "£23million", 23e6, "£"},
		{"word", "five days", 5, ""},
		{"compound word", "twenty-five days", 25, ""},
		{"word scale", "three million people", 3e6, ""},
		{"ordinal", "the 58th minute", 58, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ns := numbers(tt.in)
			if len(ns) != 1 {
				t.Fatalf("numbers(%q) = %+v, want one", tt.in, ns)
			}
			if !ns[0].equal(number{value: tt.value}) || ns[0].unit != tt.unit {
				t.Errorf("numbers(%q) = %+v, want %v %q", tt.in, ns[0], tt.value, tt.unit)
			}
		})
	}
}
