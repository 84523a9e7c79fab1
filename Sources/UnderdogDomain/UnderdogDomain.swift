public enum UnderdogDomain {}
